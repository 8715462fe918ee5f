package org.policyops.launches.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.compliance.LaunchView;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.launches.internal.dto.ActionRequest;
import org.policyops.launches.internal.dto.LaunchDetail;
import org.policyops.core.rest.Tagged;
import org.policyops.launches.internal.entity.OverriddenRule;
import org.policyops.launches.internal.runtime.RuleRegistry;

/**
 * Approving a launch region: its readiness is evaluated first (every applicable rule, as
 * {@code GET .../readiness?region=} does). GO: approved. NO_GO: refused with 409 listing the blocking rules, unless
 * an administrator asks for an override with a reason; then it is approved and the override is kept with who, when,
 * why and the rules that blocked at that moment. An override asked for on a GO region changes nothing (there is
 * nothing to override) and records none. Who may approve: planners and administrators, and a regional lead for its
 * own regions; overrides: administrators only.
 */
@Component(service = ApprovalService.class)
public class ApprovalService {

    private final LaunchService launches;
    private final ComplianceRuntimeService runtime;
    private final Clock clock;

    @Activate
    public ApprovalService(@Reference LaunchService launches, @Reference ComplianceRuntimeService runtime) {
        this(launches, runtime, Clock.systemUTC());
    }

    public ApprovalService(LaunchService launches, ComplianceRuntimeService runtime, Clock clock) {
        this.launches = launches;
        this.runtime = runtime;
        this.clock = clock;
    }

    public Tagged<LaunchDetail> approve(long id, String regionText, String ifMatch, ActionRequest body,
            SecurityContext caller) {
        ActionRequest.Content c = (body == null ? ActionRequest.NONE : body).validate(PersistenceSupport.now(clock));
        LaunchView view = launches.requireApprovable(id, regionText, caller);
        RegionCode region = RegionCode.of(regionText);
        RuleRegistry registry = runtime.evaluator().registry();
        RuleRegistry.Snapshot rules = registry.snapshot();
        refuseWhileChanging(id, region, rules);
        RegionReadiness readiness = runtime.evaluate(view, region, rules).regions().get(0);
        // Inside the approval's transaction, before anything is written: the rules in force must still be those the
        // readiness was evaluated against. A plugin that started changing meanwhile bumped the generation.
        Runnable guard = () -> {
            if (registry.generation() != rules.generation()) {
                RuleRegistry.Snapshot now = registry.snapshot();
                refuseWhileChanging(id, region, now);
                throw ProblemException.conflict("The compliance rules changed while the readiness of launch " + id + " in "
                        + region + " was evaluated (a plugin was deployed, upgraded or removed). Nothing was approved; "
                        + "approve again to have it evaluated against the rules now in force.")
                        .with("region", region.value());
            }
        };
        if (readiness.readiness() == Readiness.GO) {
            return launches.approve(id, region, ifMatch, Readiness.GO.name(), null, List.of(), caller, guard);
        }
        List<RuleEvaluation> blocking = readiness.rules().stream().filter(RuleEvaluation::blocking).toList();
        if (!c.override()) {
            throw ProblemException.conflict("Launch " + id + " is NO_GO in " + region + ": " + describe(blocking)
                    + ". Fix what they report and approve again, or have an administrator approve with an override "
                    + "({\"override\": true, \"reason\": \"...\"}).")
                    .with("readiness", Readiness.NO_GO.name()).with("region", region.value())
                    .with("blockingRules", blockingRules(blocking));
        }
        if (caller == null || !caller.isUserInRole(Roles.ADMIN)) {
            throw ProblemException.forbidden("Only an administrator may override a NO_GO. Launch " + id + " is NO_GO in "
                    + region + ": " + describe(blocking) + ".").with("blockingRules", blockingRules(blocking));
        }
        List<OverriddenRule> snapshot = new ArrayList<>();
        for (RuleEvaluation e : blocking) {
            snapshot.add(new OverriddenRule(e.ruleId(), e.title(), e.verdict().name(), e.plugin(), e.pluginVersion(),
                    e.findings().isEmpty() ? null : e.findings().get(0).message()));
        }
        return launches.approve(id, region, ifMatch, Readiness.NO_GO.name(), c.reason(), snapshot, caller, guard);
    }

    /** 409 while a plugin whose rules apply in the region is changing: not even an override goes through then. */
    private void refuseWhileChanging(long id, RegionCode region, RuleRegistry.Snapshot rules) {
        List<RuleRegistry.Pending> changing = runtime.evaluator().changing(rules, region);
        if (changing.isEmpty()) {
            return;
        }
        List<String> plugins = changing.stream().map(RuleRegistry.Pending::plugin).distinct().sorted().toList();
        List<Map<String, Object>> pending = new ArrayList<>();
        for (RuleRegistry.Pending p : changing) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", p.id());
            m.put("severity", p.last().severity().name());
            m.put("plugin", p.plugin());
            m.put("pluginVersion", p.last().pluginVersion());
            m.put("since", p.since().toString());
            pending.add(m);
        }
        throw ProblemException.conflict("Launch " + id + " cannot be approved in " + region + " now: plugin"
                + (plugins.size() == 1 ? " " : "s ") + String.join(", ", plugins) + (plugins.size() == 1 ? " is" : " are")
                + " changing (being updated, refreshed, replaced or stopped) and " + changing.size() + " of its rules "
                + "for this region are pending. Approve again once the new version is running.")
                .with("region", region.value()).with("changingPlugins", plugins).with("pendingRules", pending);
    }

    private static String describe(List<RuleEvaluation> blocking) {
        return blocking.size() + " blocking rule" + (blocking.size() == 1 ? "" : "s") + " ("
                + String.join(", ", blocking.stream().map(e -> e.ruleId() + " " + e.verdict()).toList()) + ")";
    }

    /** The blocking rules as the 409 problem lists them. */
    static List<Map<String, Object>> blockingRules(List<RuleEvaluation> blocking) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleEvaluation e : blocking) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", e.ruleId());
            m.put("title", e.title());
            m.put("severity", e.severity().name());
            m.put("verdict", e.verdict().name());
            m.put("plugin", e.plugin());
            m.put("pluginVersion", e.pluginVersion());
            m.put("findings", e.findings().stream().map(f -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("message", f.message());
                if (f.evidence() != null) {
                    fm.put("evidence", f.evidence());
                }
                return fm;
            }).toList());
            rules.add(m);
        }
        return rules;
    }
}
