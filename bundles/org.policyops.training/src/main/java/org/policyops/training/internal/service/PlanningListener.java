package org.policyops.training.internal.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PlanningEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to planning's events (when planning is installed; otherwise none arrive): a new major version of a policy
 * entering enforcement requires everyone certified on an older major to recertify. The work runs on a thread of its
 * own: Event Admin blacklists handlers that take longer than its timeout, and a policy may have many certified people.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + PlanningEvents.POLICY_VERSION_STAGE_CHANGED)
public class PlanningListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningListener.class);

    private final CertificationService certifications;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-training-recertification");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PlanningListener(@Reference CertificationService certifications) {
        this.certifications = certifications;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        if (!Boolean.TRUE.equals(event.getProperty(PlanningEvents.PROP_MAJOR_CHANGE))
                && !"true".equals(String.valueOf(event.getProperty(PlanningEvents.PROP_MAJOR_CHANGE)))) {
            return;
        }
        String key = String.valueOf(event.getProperty(PlanningEvents.PROP_POLICY_KEY));
        String version = String.valueOf(event.getProperty(PlanningEvents.PROP_VERSION));
        executor.execute(() -> withdraw(key, version));
    }

    private void withdraw(String key, String version) {
        try {
            int major = SemanticVersion.parse(version).major();
            int withdrawn = certifications.majorVersionEnforced(key, version, major);
            LOG.info("Policy {} {} entered enforcement as a new major version: {} certification(s) now require recertification.",
                    key, version, withdrawn);
        } catch (RuntimeException e) {
            LOG.error("Could not mark certifications on {} for recertification after {} entered enforcement.", key, version, e);
        }
    }
}
