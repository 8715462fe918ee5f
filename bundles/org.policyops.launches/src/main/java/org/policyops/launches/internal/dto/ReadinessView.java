package org.policyops.launches.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policyops.api.compliance.Finding;
import org.policyops.api.launches.ReadinessReport;
import org.policyops.api.launches.RegionReadiness;
import org.policyops.api.launches.RuleEvaluation;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.localization.RequirementInfo;

/**
 * Answer of {@code GET /launches/{id}/readiness}: per region the overall {@code GO}/{@code NO_GO}, the ids of the
 * rules that block, and every applicable rule's evaluation, with the details of the requirements it checks when the
 * localization feature's requirement catalog knows them.
 */
public record ReadinessView(long launchId, String title, String policyKey, String policyVersion, Instant evaluatedAt,
        List<RegionView> regions) {

    public record RegionView(String region, LocalDate targetDate, String status, String readiness,
            List<String> blockingRules, List<RuleView> rules) {
    }

    public record RuleView(String ruleId, String title, String severity, boolean shadow, String verdict, boolean blocking,
            List<Finding> findings, List<RequirementView> requirements, String plugin, String pluginVersion,
            long durationMillis) {
    }

    /** A requirement: its id always; the rest when the requirement catalog (localization) knows it. */
    public record RequirementView(String id, String regulation, String article, String region, String title,
            String demands, String evidenceExpected) {

        static RequirementView of(String id, Optional<RequirementCatalog> catalog) {
            Optional<RequirementInfo> info;
            try {
                info = catalog.flatMap(c -> c.find(id));
            } catch (RuntimeException e) {
                info = Optional.empty(); // the catalog is optional: its failure costs only the details
            }
            return info.map(i -> new RequirementView(i.id(), i.regulation(), i.article(),
                    i.region() == null ? null : i.region().value(), i.title(), i.demands(), i.evidenceExpected()))
                    .orElse(new RequirementView(id, null, null, null, null, null, null));
        }
    }

    public static ReadinessView of(ReadinessReport report, Optional<RequirementCatalog> catalog) {
        java.util.Map<String, RequirementView> requirements = new java.util.HashMap<>();
        List<RegionView> regions = report.regions().stream().map(r -> region(r, catalog, requirements)).toList();
        return new ReadinessView(report.launchId(), report.title(), report.policyKey(), report.policyVersion(),
                report.evaluatedAt(), regions);
    }

    private static RegionView region(RegionReadiness r, Optional<RequirementCatalog> catalog,
            java.util.Map<String, RequirementView> requirements) {
        List<RuleView> rules = r.rules().stream().map(e -> rule(e, catalog, requirements)).toList();
        return new RegionView(r.region().value(), r.targetDate(), r.status(), r.readiness().name(),
                r.rules().stream().filter(RuleEvaluation::blocking).map(RuleEvaluation::ruleId).toList(), rules);
    }

    private static RuleView rule(RuleEvaluation e, Optional<RequirementCatalog> catalog,
            java.util.Map<String, RequirementView> requirements) {
        return new RuleView(e.ruleId(), e.title(), e.severity().name(), e.shadow(), e.verdict().name(), e.blocking(),
                e.findings(), e.requirements().stream()
                        .map(id -> requirements.computeIfAbsent(id, k -> RequirementView.of(k, catalog))).toList(),
                e.plugin(), e.pluginVersion(), e.durationMillis());
    }
}
