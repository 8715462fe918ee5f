package org.policyops.planning.internal.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.policyops.api.LifecycleStage;
import org.policyops.api.planning.PlanningEvents;
import org.policyops.core.events.Notice;

/** The planning domain's events ({@link PlanningEvents}) with their documented properties, for core's EventPoster. */
public final class PlanningNotices {

    private PlanningNotices() {
    }

    public static Notice versionCreated(String policyKey, String version, String by, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PlanningEvents.PROP_POLICY_KEY, policyKey);
        p.put(PlanningEvents.PROP_VERSION, version);
        p.put(PlanningEvents.PROP_STAGE, LifecycleStage.DEVELOPMENT.name());
        p.put(PlanningEvents.PROP_BY, by);
        p.put(PlanningEvents.PROP_AT, at.toString());
        return new Notice(PlanningEvents.POLICY_VERSION_CREATED, p);
    }

    public static Notice stageChanged(String policyKey, String version, LifecycleStage previous, LifecycleStage stage,
            String by, Instant at, boolean majorChange) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(PlanningEvents.PROP_POLICY_KEY, policyKey);
        p.put(PlanningEvents.PROP_VERSION, version);
        p.put(PlanningEvents.PROP_STAGE, stage.name());
        p.put(PlanningEvents.PROP_PREVIOUS_STAGE, previous.name());
        p.put(PlanningEvents.PROP_BY, by);
        p.put(PlanningEvents.PROP_AT, at.toString());
        p.put(PlanningEvents.PROP_MAJOR_CHANGE, majorChange);
        return new Notice(PlanningEvents.POLICY_VERSION_STAGE_CHANGED, p);
    }
}
