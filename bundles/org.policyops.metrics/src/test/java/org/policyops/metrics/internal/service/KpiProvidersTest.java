package org.policyops.metrics.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;

class KpiProvidersTest {

    /** Claims TestProvider's coverage id too, with values of its own. */
    static final class Rival implements KpiProvider {
        @Override
        public List<KpiDefinition> kpis() {
            return List.of(new TestProvider().kpis().get(0));
        }

        @Override
        public List<KpiValue> values(LocalDate asOf) {
            return List.of(KpiValue.overall(TestProvider.COVERAGE, 0.99, 1));
        }
    }

    @Test
    void aKpiIdClaimedTwiceBelongsToTheFirstProviderAndOnlyItsValuesCount() {
        TestProvider first = new TestProvider();
        KpiProviders providers = KpiProviders.of(List.of(first, new Rival()));
        Map<String, KpiProviders.Provided> kpis = providers.kpis();
        assertEquals(List.of(TestProvider.COVERAGE, TestProvider.BACKLOG), List.copyOf(kpis.keySet()));
        assertSame(first, kpis.get(TestProvider.COVERAGE).provider());
        List<String> failed = new ArrayList<>();
        List<KpiValue> values = providers.values(kpis, LocalDate.parse("2026-12-06"), failed);
        assertEquals(4, values.size());
        assertEquals(0, values.stream().filter(v -> v.value() == 0.99).count(), "the rival is not asked");
        assertEquals(List.of(), failed);
    }

    @Test
    void aProviderThatThrowsIsLeftOutAndNamed() {
        TestProvider broken = new TestProvider();
        broken.fail = true;
        KpiProviders providers = KpiProviders.of(List.of(broken, new Rival()));
        List<String> failed = new ArrayList<>();
        assertEquals(List.of(), providers.values(providers.kpis(), LocalDate.parse("2026-12-06"), failed));
        assertEquals(List.of(TestProvider.COVERAGE, TestProvider.BACKLOG), failed);
    }
}
