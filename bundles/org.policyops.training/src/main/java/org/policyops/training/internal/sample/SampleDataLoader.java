package org.policyops.training.internal.sample;

import java.time.Clock;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.persistence.OnceLoader;
import org.policyops.training.internal.TrainingConfig;
import org.policyops.training.internal.entity.SettingEntity;
import org.policyops.training.internal.service.TrainingUnit;

/** Loads the training samples once per database when {@code sampleData} is on (see core's {@link OnceLoader}). */
@Component(service = SampleDataLoader.class, configurationPid = TrainingConfig.PID)
public class SampleDataLoader extends OnceLoader {

    static final Step SAMPLES = new Step(SettingEntity.SAMPLE_DATA_LOADED, "sample data",
            (em, now) -> TrainingSamples.load(em, now.toEpochMilli()) + " (set sampleData=false in etc/" + TrainingConfig.PID
                    + ".cfg to skip on new installations)");

    @Activate
    public SampleDataLoader(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa, TrainingConfig config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    SampleDataLoader(JpaTemplate jpa, Clock clock) {
        super("training", jpa, SettingEntity.MARKERS, clock);
    }

    @Modified
    void configure(TrainingConfig config) {
        if (config.sampleData()) {
            start(List.of(SAMPLES));
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
