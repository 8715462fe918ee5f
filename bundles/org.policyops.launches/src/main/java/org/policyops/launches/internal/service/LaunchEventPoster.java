package org.policyops.launches.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.launches.LaunchEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the launches domain's events ({@link LaunchEvents}), asynchronously, once the change they describe is
 * committed. Event Admin is optional: without it the domain works and tells no one.
 */
@Component(service = LaunchEventPoster.class)
public class LaunchEventPoster {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchEventPoster.class);

    private volatile EventAdmin eventAdmin;

    public LaunchEventPoster() {
    }

    /** Outside OSGi (tests). */
    public LaunchEventPoster(EventAdmin admin) {
        this.eventAdmin = admin;
    }

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

    public void created(long launchId, String title, String policyKey, String version, List<String> regions, String by,
            Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_TITLE, title);
        p.put(LaunchEvents.PROP_REGIONS, String.join(",", regions));
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        post(LaunchEvents.LAUNCH_CREATED, p);
    }

    public void readinessChanged(long launchId, String policyKey, String version, String region, String readiness,
            String previous, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_REGION, region);
        p.put(LaunchEvents.PROP_READINESS, readiness);
        if (previous != null) {
            p.put(LaunchEvents.PROP_PREVIOUS_READINESS, previous);
        }
        p.put(LaunchEvents.PROP_AT, at.toString());
        post(LaunchEvents.READINESS_CHANGED, p);
    }

    public void approved(long launchId, String policyKey, String version, String region, String readiness,
            String overrideReason, String by, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_REGION, region);
        p.put(LaunchEvents.PROP_READINESS, readiness);
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        p.put(LaunchEvents.PROP_OVERRIDE, overrideReason != null);
        if (overrideReason != null) {
            p.put(LaunchEvents.PROP_OVERRIDE_REASON, overrideReason);
        }
        post(LaunchEvents.LAUNCH_APPROVED, p);
    }

    public void enforcementStarted(long launchId, String policyKey, String version, String region, String by, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_REGION, region);
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        post(LaunchEvents.ENFORCEMENT_STARTED, p);
    }

    /** @param region the region cancelled, or null when the whole launch was */
    public void cancelled(long launchId, String policyKey, String version, String region, String by, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        if (region != null) {
            p.put(LaunchEvents.PROP_REGION, region);
        }
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        post(LaunchEvents.LAUNCH_CANCELLED, p);
    }

    private static Map<String, Object> base(long launchId, String policyKey, String version) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LaunchEvents.PROP_LAUNCH_ID, launchId);
        p.put(LaunchEvents.PROP_POLICY_KEY, policyKey);
        p.put(LaunchEvents.PROP_VERSION, version);
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
