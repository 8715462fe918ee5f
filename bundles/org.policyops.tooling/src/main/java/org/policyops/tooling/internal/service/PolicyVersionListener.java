package org.policyops.tooling.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PlanningEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When planning creates a version of a policy, the AI models serving that policy must be evaluated on it again
 * (see {@link EvaluationService#versionCreated}). Without planning no such event comes, and nothing changes.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + PlanningEvents.POLICY_VERSION_CREATED)
public class PolicyVersionListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyVersionListener.class);

    private final EvaluationService evaluations;

    @Activate
    public PolicyVersionListener(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(PlanningEvents.PROP_POLICY_KEY) instanceof String policyKey)
                || !(event.getProperty(PlanningEvents.PROP_VERSION) instanceof String v)) {
            return;
        }
        try {
            evaluations.versionCreated(policyKey, SemanticVersion.parse(v));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring {} with an unreadable version '{}'", event.getTopic(), v);
        } catch (RuntimeException e) {
            LOG.error("Could not mark the AI models of policy {} for re-evaluation on version {}", policyKey, v, e);
        }
    }
}
