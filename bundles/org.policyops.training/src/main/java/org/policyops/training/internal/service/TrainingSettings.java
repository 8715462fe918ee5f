package org.policyops.training.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.training.internal.TrainingConfig;

/** The training domain's settings, etc/org.policyops.training.cfg, read by the services on each use. */
@Component(service = TrainingSettings.class, configurationPid = TrainingConfig.PID)
@Designate(ocd = TrainingConfig.class)
public class TrainingSettings {

    private volatile TrainingConfig config;

    @Activate
    @Modified
    void configure(TrainingConfig c) {
        this.config = c;
    }

    public TrainingSettings() {
        // for DS
    }

    /** For tests and benchmarks outside OSGi. */
    public TrainingSettings(TrainingConfig config) {
        this.config = config;
    }

    public TrainingConfig config() {
        return config;
    }
}
