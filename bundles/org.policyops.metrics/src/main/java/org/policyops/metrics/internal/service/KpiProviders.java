package org.policyops.metrics.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KPI providers registered now: those of the installed domains and plugins. A KPI id claimed by two providers
 * belongs to the one with the higher service ranking (of equal rankings, the one registered first); the other's is
 * ignored with a warning.
 */
@Component(service = KpiProviders.class)
public class KpiProviders {

    private static final Logger LOG = LoggerFactory.getLogger(KpiProviders.class);

    /** A KPI with the provider that computes it. */
    public record Provided(KpiDefinition definition, KpiProvider provider) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<KpiProvider> providers;

    private final Supplier<List<KpiProvider>> source;

    public KpiProviders() {
        // Declarative Services sorts the list as ServiceReference.compareTo does: lowest ranking first, so read it backwards.
        this.source = () -> {
            List<KpiProvider> all = providers;
            if (all == null) {
                return List.of();
            }
            List<KpiProvider> reversed = new ArrayList<>(all);
            java.util.Collections.reverse(reversed);
            return reversed;
        };
    }

    private KpiProviders(List<KpiProvider> fixed) {
        this.source = () -> fixed;
    }

    /** A fixed set of providers, outside OSGi, the first one winning a KPI id claimed twice. */
    public static KpiProviders of(List<KpiProvider> providers) {
        return new KpiProviders(List.copyOf(providers));
    }

    /** Every KPI by id, in the providers' order. */
    public Map<String, Provided> kpis() {
        Map<String, Provided> out = new LinkedHashMap<>();
        for (KpiProvider p : source.get()) {
            List<KpiDefinition> defs;
            try {
                defs = p.kpis();
            } catch (RuntimeException e) {
                LOG.warn("The KPI provider {} failed to list its KPIs; leaving them out.", p.getClass().getName(), e);
                continue;
            }
            for (KpiDefinition d : defs) {
                Provided before = out.putIfAbsent(d.id(), new Provided(d, p));
                if (before != null && before.provider() != p) {
                    LOG.warn("KPI '{}' is defined by {} and by {}; the first one is used.", d.id(),
                            before.provider().getClass().getName(), p.getClass().getName());
                }
            }
        }
        return out;
    }

    public Optional<Provided> kpi(String id) {
        return Optional.ofNullable(kpis().get(id));
    }

    /**
     * The values of the given KPIs as of a day, asking each of their providers once. A provider that fails is left out
     * (and logged) so that one broken plugin does not stop the others' snapshot.
     *
     * @param failed receives the ids of the KPIs whose provider failed
     */
    public List<KpiValue> values(Map<String, Provided> kpis, LocalDate asOf, List<String> failed) {
        Map<KpiProvider, List<String>> byProvider = new LinkedHashMap<>();
        kpis.forEach((id, p) -> byProvider.computeIfAbsent(p.provider(), x -> new ArrayList<>()).add(id));
        List<KpiValue> out = new ArrayList<>();
        for (Map.Entry<KpiProvider, List<String>> e : byProvider.entrySet()) {
            try {
                for (KpiValue v : e.getKey().values(asOf)) {
                    if (e.getValue().contains(v.kpiId()) && Double.isFinite(v.value())) {
                        out.add(v);
                    }
                }
            } catch (RuntimeException ex) {
                LOG.warn("The KPI provider {} failed to compute {} as of {}; they are left out.",
                        e.getKey().getClass().getName(), e.getValue(), asOf, ex);
                failed.addAll(e.getValue());
            }
        }
        return out;
    }
}
