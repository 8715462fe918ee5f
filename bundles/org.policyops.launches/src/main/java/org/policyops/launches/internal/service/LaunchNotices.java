package org.policyops.launches.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policyops.api.launches.LaunchEvents;
import org.policyops.core.events.Notice;

/** The launches domain's events ({@link LaunchEvents}) with their documented properties, for core's EventPoster. */
public final class LaunchNotices {

    private LaunchNotices() {
    }

    public static Notice created(long launchId, String title, String policyKey, String version, List<String> regions, String by,
            Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_TITLE, title);
        p.put(LaunchEvents.PROP_REGIONS, String.join(",", regions));
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        return new Notice(LaunchEvents.LAUNCH_CREATED, p);
    }

    public static Notice readinessChanged(long launchId, String policyKey, String version, String region, String readiness,
            String previous, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_REGION, region);
        p.put(LaunchEvents.PROP_READINESS, readiness);
        if (previous != null) {
            p.put(LaunchEvents.PROP_PREVIOUS_READINESS, previous);
        }
        p.put(LaunchEvents.PROP_AT, at.toString());
        return new Notice(LaunchEvents.READINESS_CHANGED, p);
    }

    public static Notice approved(long launchId, String policyKey, String version, String region, String readiness,
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
        return new Notice(LaunchEvents.LAUNCH_APPROVED, p);
    }

    public static Notice enforcementStarted(long launchId, String policyKey, String version, String region, String by, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        p.put(LaunchEvents.PROP_REGION, region);
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        return new Notice(LaunchEvents.ENFORCEMENT_STARTED, p);
    }

    /** @param region the region cancelled, or null when the whole launch was */
    public static Notice cancelled(long launchId, String policyKey, String version, String region, String by, Instant at) {
        Map<String, Object> p = base(launchId, policyKey, version);
        if (region != null) {
            p.put(LaunchEvents.PROP_REGION, region);
        }
        p.put(LaunchEvents.PROP_BY, by);
        p.put(LaunchEvents.PROP_AT, at.toString());
        return new Notice(LaunchEvents.LAUNCH_CANCELLED, p);
    }

    private static Map<String, Object> base(long launchId, String policyKey, String version) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LaunchEvents.PROP_LAUNCH_ID, launchId);
        p.put(LaunchEvents.PROP_POLICY_KEY, policyKey);
        p.put(LaunchEvents.PROP_VERSION, version);
        return p;
    }
}
