package org.policyops.tooling.internal.sample;

import java.time.Clock;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.tooling.internal.ToolingConfig;
import org.policyops.tooling.internal.entity.SettingEntity;
import org.policyops.tooling.internal.service.ToolingUnit;

/** Loads the sample tools once per database when {@code sampleData} is on (see core's {@link OnceLoader}). */
@Component(service = SampleDataLoader.class, configurationPid = ToolingConfig.PID)
@Designate(ocd = ToolingConfig.class)
public class SampleDataLoader extends OnceLoader {

    /** A database of an earlier version brought to this one, always and first (see UsageSchema). */
    static final Step SCHEMA = new Step(SettingEntity.USAGE_SCHEMA_2, "schema migration",
            (em, now) -> org.policyops.tooling.internal.service.UsageSchema.migrate(em));

    static final Step SAMPLES = new Step(SettingEntity.SAMPLE_DATA_LOADED, "sample data",
            (em, now) -> ToolingSamples.load(em, now) + " (set sampleData=false in etc/" + ToolingConfig.PID
                    + ".cfg to skip on new installations)");

    @Activate
    public SampleDataLoader(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, ToolingConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        super("tooling", jpa, SettingEntity.MARKERS, clock);
    }

    @Modified
    void configure(ToolingConfig config) {
        start(config.sampleData() ? List.of(SCHEMA, SAMPLES) : List.of(SCHEMA));
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
