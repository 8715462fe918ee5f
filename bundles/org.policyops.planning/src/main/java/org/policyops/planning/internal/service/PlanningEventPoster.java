package org.policyops.planning.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.LifecycleStage;
import org.policyops.api.planning.PlanningEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the planning domain's events, asynchronously, once the change they describe is committed. Event Admin is
 * optional: without it the domain works and simply tells no one.
 */
@Component(service = PlanningEventPoster.class)
public class PlanningEventPoster {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningEventPoster.class);

    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    public void versionCreated(String policyKey, String version, String by, Instant at) {
        post(PlanningEvents.POLICY_VERSION_CREATED, versionCreatedProperties(policyKey, version, by, at));
    }

    public void stageChanged(String policyKey, String version, LifecycleStage previous, LifecycleStage stage, String by,
            Instant at, boolean majorChange) {
        post(PlanningEvents.POLICY_VERSION_STAGE_CHANGED,
                stageChangedProperties(policyKey, version, previous, stage, by, at, majorChange));
    }

    static Map<String, Object> versionCreatedProperties(String policyKey, String version, String by, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PlanningEvents.PROP_POLICY_KEY, policyKey);
        p.put(PlanningEvents.PROP_VERSION, version);
        p.put(PlanningEvents.PROP_STAGE, LifecycleStage.DEVELOPMENT.name());
        p.put(PlanningEvents.PROP_BY, by);
        p.put(PlanningEvents.PROP_AT, at.toString());
        return p;
    }

    static Map<String, Object> stageChangedProperties(String policyKey, String version, LifecycleStage previous,
            LifecycleStage stage, String by, Instant at, boolean majorChange) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PlanningEvents.PROP_POLICY_KEY, policyKey);
        p.put(PlanningEvents.PROP_VERSION, version);
        p.put(PlanningEvents.PROP_STAGE, stage.name());
        p.put(PlanningEvents.PROP_PREVIOUS_STAGE, previous.name());
        p.put(PlanningEvents.PROP_BY, by);
        p.put(PlanningEvents.PROP_AT, at.toString());
        p.put(PlanningEvents.PROP_MAJOR_CHANGE, majorChange);
        return p;
    }

    private void post(String topic, Map<String, Object> properties) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            LOG.debug("No Event Admin; not posting {} {}", topic, properties);
            return;
        }
        try {
            admin.postEvent(new Event(topic, properties));
        } catch (RuntimeException e) {
            // The change is committed already; a broken event bus must not turn the request into an error.
            LOG.warn("Could not post {} {}: {}", topic, properties, e.toString());
        }
    }
}
