package org.policyops.tooling.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiDefinition.Cadence;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.ToolAdoption;

/**
 * The tooling domain's north-star KPI for the metrics feature (which needs only this service; tooling works the same
 * without it): tool adoption per region and overall, the people active on a tool in the 28 days up to the day ÷ its
 * target population, summed over the tools that have a target population in the region. The distinct users are
 * counted by the database ({@link UsageService#adoption}), per tool and region, from the daily usage rollup, so a past
 * day's value can be computed again.
 */
@Component(service = KpiProvider.class)
public class ToolingKpis implements KpiProvider {

    public static final String ADOPTION = "tool-adoption";

    private static final List<KpiDefinition> KPIS = List.of(new KpiDefinition(ADOPTION, "Tool adoption",
            "People active on a tool (at least one action) in the 28 days up to the day ÷ the tool's target population, "
                    + "over the tools with a target population in the region.", "ratio", Direction.HIGHER_IS_BETTER, 0.8,
            0.6, 0.4, "Integrity Tooling", Cadence.WEEKLY, List.of(KpiValue.REGION), true));

    private final ToolAdoption adoption;

    @Activate
    public ToolingKpis(@Reference ToolAdoption adoption) {
        this.adoption = adoption;
    }

    @Override
    public List<KpiDefinition> kpis() {
        return KPIS;
    }

    @Override
    public List<KpiValue> values(LocalDate asOf) {
        Map<String, long[]> byRegion = new TreeMap<>();
        for (AdoptionInfo a : adoption.adoption(asOf)) {
            if (a.targetPopulation() == null || a.targetPopulation() <= 0) {
                continue;
            }
            long[] sums = byRegion.computeIfAbsent(a.region(), k -> new long[2]);
            sums[0] += a.active28();
            sums[1] += a.targetPopulation();
        }
        List<KpiValue> out = new ArrayList<>();
        long active = 0;
        long people = 0;
        for (Map.Entry<String, long[]> e : byRegion.entrySet()) {
            out.add(KpiValue.ofRegion(ADOPTION, e.getKey(), (double) e.getValue()[0] / e.getValue()[1], e.getValue()[1]));
            active += e.getValue()[0];
            people += e.getValue()[1];
        }
        if (people > 0) {
            out.add(KpiValue.overall(ADOPTION, (double) active / people, people));
        }
        return out;
    }
}
