package org.policyops.planning.internal.sample;

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
import org.policyops.planning.internal.PlanningConfig;
import org.policyops.planning.internal.entity.SettingEntity;
import org.policyops.planning.internal.service.PlanningUnit;

/** Loads the planning sample data once per database when {@code sampleData} is on (see core's {@link OnceLoader}). */
@Component(service = SampleDataLoader.class, configurationPid = PlanningConfig.PID)
@Designate(ocd = PlanningConfig.class)
public class SampleDataLoader extends OnceLoader {

    static final Step SAMPLES = new Step(SettingEntity.SAMPLE_DATA_LOADED, "sample data",
            (em, now) -> SampleData.load(em, now) + " (set sampleData=false in etc/" + PlanningConfig.PID
                    + ".cfg to skip on new installations)");

    /** Its own marker: installations that loaded the sample data before dated holidays existed get them too. */
    static final Step PUBLIC_HOLIDAYS = new Step(SettingEntity.PUBLIC_HOLIDAYS_LOADED, "sample public holidays",
            PublicHolidays::load);

    @Activate
    public SampleDataLoader(@Reference(target = PlanningUnit.TARGET) JpaTemplate jpa, PlanningConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        super("planning", jpa, SettingEntity.MARKERS, clock);
    }

    @Modified
    void configure(PlanningConfig config) {
        if (config.sampleData()) {
            start(List.of(SAMPLES, PUBLIC_HOLIDAYS));
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
