package org.policyops.localization.internal.sample;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.localization.internal.LocalizationConfig;
import org.policyops.localization.internal.entity.SettingEntity;
import org.policyops.localization.internal.service.LocalizationUnit;

/**
 * Loads the shipped reference data (regions, locales, requirements) once per database, and the sample data once when
 * {@code sampleData} is on (see core's {@link OnceLoader}). Administrators' later changes to the reference data are
 * never overwritten: its marker says it was loaded.
 */
@Component(service = SampleDataLoader.class, configurationPid = LocalizationConfig.PID)
@Designate(ocd = LocalizationConfig.class)
public class SampleDataLoader extends OnceLoader {

    public static final Step REFERENCE = new Step(SettingEntity.REFERENCE_DATA_LOADED,
            "reference data", (em, now) -> ReferenceData.load(em));

    /** Zones and working weeks of the shipped regions; its own marker, so older databases get them once too. */
    public static final Step REGION_WEEKS = new Step(SettingEntity.REGION_WEEKS_LOADED, "region time zones and weeks",
            (em, now) -> ReferenceData.loadWeeks(em));

    static final Step SAMPLES = new Step(SettingEntity.SAMPLE_DATA_LOADED, "sample data",
            (em, now) -> SampleData.load(em, now) + " (set sampleData=false in etc/" + LocalizationConfig.PID
                    + ".cfg to skip on new installations)");

    @Activate
    public SampleDataLoader(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, LocalizationConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        super("localization", jpa, SettingEntity.MARKERS, clock);
    }

    @Modified
    void configure(LocalizationConfig config) {
        List<Step> steps = new ArrayList<>(List.of(REFERENCE, REGION_WEEKS));
        if (config.sampleData()) {
            steps.add(SAMPLES);
        }
        start(steps);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
