package org.policyops.tooling.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.policyops.api.tooling.ToolingEvents;
import org.policyops.core.events.Notice;

/** The tooling events ({@link ToolingEvents}) with their documented properties, for core's EventPoster. */
public final class ToolingNotices {

    /** What happened to a tool, for {@link ToolingEvents#TOOL_CHANGED}. */
    public enum Change {
        CREATED, UPDATED, DELETED
    }

    private ToolingNotices() {
    }

    public static Notice toolChanged(String key, Change change, String by, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ToolingEvents.PROP_KEY, key);
        p.put(ToolingEvents.PROP_CHANGE, change.name());
        p.put(ToolingEvents.PROP_BY, by);
        p.put(ToolingEvents.PROP_AT, at.toString());
        return new Notice(ToolingEvents.TOOL_CHANGED, p);
    }

    public static Notice evaluated(String key, String policyKey, String policyVersion, String locale, boolean passed,
            String by, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ToolingEvents.PROP_KEY, key);
        p.put(ToolingEvents.PROP_POLICY_KEY, policyKey);
        p.put(ToolingEvents.PROP_POLICY_VERSION, policyVersion);
        p.put(ToolingEvents.PROP_LOCALE, locale);
        p.put(ToolingEvents.PROP_PASSED, passed);
        p.put(ToolingEvents.PROP_BY, by);
        p.put(ToolingEvents.PROP_AT, at.toString());
        return new Notice(ToolingEvents.EVALUATED, p);
    }

    public static Notice reevaluationRequired(String key, String policyKey, String policyVersion, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ToolingEvents.PROP_KEY, key);
        p.put(ToolingEvents.PROP_POLICY_KEY, policyKey);
        p.put(ToolingEvents.PROP_POLICY_VERSION, policyVersion);
        p.put(ToolingEvents.PROP_AT, at.toString());
        return new Notice(ToolingEvents.REEVALUATION_REQUIRED, p);
    }

    public static Notice migrationStateChanged(long id, String name, String state, String previous, String by, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ToolingEvents.PROP_MIGRATION_ID, id);
        p.put(ToolingEvents.PROP_NAME, name);
        p.put(ToolingEvents.PROP_STATE, state);
        p.put(ToolingEvents.PROP_PREVIOUS_STATE, previous);
        p.put(ToolingEvents.PROP_BY, by);
        p.put(ToolingEvents.PROP_AT, at.toString());
        return new Notice(ToolingEvents.MIGRATION_STATE_CHANGED, p);
    }

    public static Notice statusChanged(String key, String status, String previous, String by, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ToolingEvents.PROP_KEY, key);
        p.put(ToolingEvents.PROP_STATUS, status);
        if (previous != null) {
            p.put(ToolingEvents.PROP_PREVIOUS_STATUS, previous);
        }
        p.put(ToolingEvents.PROP_BY, by);
        p.put(ToolingEvents.PROP_AT, at.toString());
        return new Notice(ToolingEvents.STATUS_CHANGED, p);
    }
}
