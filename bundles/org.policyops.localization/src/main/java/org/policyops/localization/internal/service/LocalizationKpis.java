package org.policyops.localization.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.api.metrics.KpiDefinition.Cadence;
import org.policyops.api.metrics.KpiDefinition.Direction;
import org.policyops.api.metrics.KpiProvider;
import org.policyops.api.metrics.KpiValue;
import org.policyops.localization.internal.domain.TranslationState;

/**
 * The localization domain's north-star KPI for the metrics feature (which needs only this service; localization works
 * the same without it): per region, the share of registered contents that are ready there, i.e. every locale the
 * region requires is the content's source locale or has a reviewed translation made from the current source revision
 * (as {@link TranslationStatusService#readiness} judges one content). One statement counts the ready contents of every
 * region with NOT EXISTS subqueries; measured as it stands now.
 */
@Component(service = KpiProvider.class)
public class LocalizationKpis implements KpiProvider {

    public static final String READY = "localization-ready-share";

    private static final List<KpiDefinition> KPIS = List.of(new KpiDefinition(READY, "Content ready per region",
            "Share of registered contents whose every required locale of the region is reviewed and current with the "
                    + "source.", "ratio", Direction.HIGHER_IS_BETTER, 0.95, 0.85, 0.7, "Localization", Cadence.WEEKLY,
            List.of(KpiValue.REGION), false));

    /** Per region: ready contents; ?1 is the REVIEWED state. */
    private static final String READY_SQL = "SELECT R.CODE, COUNT(C.ID) FROM L10N_REGION R LEFT JOIN L10N_CONTENT C ON"
            + " NOT EXISTS (SELECT 1 FROM L10N_REGION_LOCALE L WHERE L.REGION_CODE = R.CODE"
            + "   AND L.LOCALE_TAG <> C.SOURCE_LOCALE"
            + "   AND NOT EXISTS (SELECT 1 FROM L10N_TRANSLATION T WHERE T.CONTENT_ID = C.ID AND T.LOCALE_TAG = L.LOCALE_TAG"
            + "     AND T.STATUS = ?1 AND T.SOURCE_REVISION = C.SOURCE_REVISION))"
            + " GROUP BY R.CODE ORDER BY R.CODE";

    private final JpaTemplate jpa;

    @Activate
    public LocalizationKpis(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<KpiDefinition> kpis() {
        return KPIS;
    }

    @Override
    public List<KpiValue> values(LocalDate asOf) {
        return jpa.txExpr(TransactionType.Required, em -> {
            long contents = em.createQuery("select count(c) from ContentEntity c", Long.class).getSingleResult();
            if (contents == 0) {
                return List.<KpiValue>of();
            }
            List<KpiValue> out = new ArrayList<>();
            long ready = 0;
            long pairs = 0;
            for (Object o : em.createNativeQuery(READY_SQL).setParameter(1, TranslationState.REVIEWED.name()).getResultList()) {
                Object[] row = (Object[]) o;
                long n = ((Number) row[1]).longValue();
                out.add(KpiValue.ofRegion(READY, (String) row[0], (double) n / contents, contents));
                ready += n;
                pairs += contents;
            }
            if (pairs > 0) {
                out.add(KpiValue.overall(READY, (double) ready / pairs, pairs));
            }
            return out;
        });
    }
}
