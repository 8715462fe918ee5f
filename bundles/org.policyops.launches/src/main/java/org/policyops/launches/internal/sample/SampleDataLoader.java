package org.policyops.launches.internal.sample;

import java.time.Clock;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.launches.internal.LaunchesConfig;
import org.policyops.launches.internal.entity.SettingEntity;
import org.policyops.launches.internal.service.LaunchesUnit;

/** Loads the sample launches once per database when {@code sampleData} is on (see core's {@link OnceLoader}). */
@Component(service = SampleDataLoader.class, configurationPid = LaunchesConfig.PID)
public class SampleDataLoader extends OnceLoader {

    static final Step SAMPLES = new Step(SettingEntity.SAMPLE_DATA_LOADED, "sample data",
            (em, now) -> SampleData.load(em, now) + " (set sampleData=false in etc/" + LaunchesConfig.PID
                    + ".cfg to skip on new installations)");

    @Activate
    public SampleDataLoader(@Reference(target = LaunchesUnit.TARGET) JpaTemplate jpa, LaunchesConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        super("launches", jpa, SettingEntity.MARKERS, clock);
    }

    @Modified
    void configure(LaunchesConfig config) {
        if (config.sampleData()) {
            start(List.of(SAMPLES));
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
