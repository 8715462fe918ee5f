package org.policyops.metrics.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.metrics.KpiDefinition;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Tagged;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.metrics.internal.domain.Thresholds;
import org.policyops.metrics.internal.dto.KpiRequest;
import org.policyops.metrics.internal.dto.KpiView;
import org.policyops.metrics.internal.entity.KpiEntity;

/**
 * The KPI registry: the KPIs of the installed providers with the targets and thresholds in force. A KPI's ETag is the
 * version of its settings row (1 and up, as JPA counts), {@value #DEFAULTS_VERSION} while it has the provider's defaults
 * and no row; a PUT writes the row. No JPA version is ever {@value #DEFAULTS_VERSION} (nor 0, which clients may send
 * as a surely stale ETag), so an ETag read before the first change never matches after it.
 */
@Component(service = KpiService.class)
public class KpiService {

    /** The ETag version of a KPI with its provider's defaults. */
    public static final long DEFAULTS_VERSION = -1;

    private final JpaTemplate jpa;
    private final KpiProviders providers;
    private final Clock clock;

    @Activate
    public KpiService(@Reference(target = MetricsUnit.TARGET) JpaTemplate jpa, @Reference KpiProviders providers) {
        this(jpa, providers, Clock.systemUTC());
    }

    public KpiService(JpaTemplate jpa, KpiProviders providers, Clock clock) {
        this.jpa = jpa;
        this.providers = providers;
        this.clock = clock;
    }

    /** Every KPI of the installed providers, by id. */
    public List<KpiView> list() {
        Map<String, KpiProviders.Provided> kpis = providers.kpis();
        Map<String, KpiEntity> settings = jpa.txExpr(TransactionType.Required, KpiService::settings);
        List<KpiView> out = new ArrayList<>();
        kpis.values().stream().map(KpiProviders.Provided::definition)
                .sorted(java.util.Comparator.comparing(KpiDefinition::id))
                .forEach(d -> out.add(KpiView.of(d, settings.get(d.id()))));
        return out;
    }

    public Tagged<KpiView> get(String id) {
        KpiDefinition d = definition(id);
        return jpa.txExpr(TransactionType.Required, em -> tagged(d, em.find(KpiEntity.class, id)));
    }

    /** Sets target, thresholds and owner; If-Match as for any record ("-1" matches a KPI with its defaults). */
    public Tagged<KpiView> update(String id, String ifMatch, KpiRequest request, SecurityContext caller) {
        KpiDefinition d = definition(id);
        KpiRequest.Valid r = request.validate(d.direction());
        String user = Access.userName(caller);
        long now = PersistenceSupport.now(clock).toEpochMilli();
        return jpa.txExpr(TransactionType.Required, em -> {
            KpiEntity e = em.find(KpiEntity.class, id);
            ETags.checkIfMatch(ifMatch, e == null ? DEFAULTS_VERSION : e.getVersion());
            if (e == null) {
                e = new KpiEntity(id);
                e.apply(r.thresholds().target(), r.thresholds().warning(), r.thresholds().critical(),
                        r.owner() == null ? d.owner() : r.owner(), user, now);
                em.persist(e);
            } else {
                e.apply(r.thresholds().target(), r.thresholds().warning(), r.thresholds().critical(),
                        r.owner() == null ? d.owner() : r.owner(), user, now);
            }
            PersistenceSupport.flush(em, ifMatch);
            return tagged(d, e);
        });
    }

    /** The thresholds in force of every KPI given, read in one query. */
    public static Map<String, Thresholds> thresholds(EntityManager em, Map<String, KpiProviders.Provided> kpis) {
        Map<String, KpiEntity> settings = settings(em);
        Map<String, Thresholds> out = new HashMap<>();
        kpis.forEach((id, p) -> out.put(id, thresholds(p.definition(), settings.get(id))));
        return out;
    }

    public static Thresholds thresholds(KpiDefinition d, KpiEntity e) {
        return e == null ? new Thresholds(d.direction(), d.target(), d.warning(), d.critical())
                : new Thresholds(d.direction(), e.getTarget(), e.getWarning(), e.getCritical());
    }

    KpiDefinition definition(String id) {
        return providers.kpi(id).orElseThrow(() -> ProblemException.notFound("KPI", id)).definition();
    }

    private static Map<String, KpiEntity> settings(EntityManager em) {
        Map<String, KpiEntity> out = new HashMap<>();
        for (KpiEntity e : em.createQuery("select k from KpiEntity k", KpiEntity.class).getResultList()) {
            out.put(e.getId(), e);
        }
        return out;
    }

    private static Tagged<KpiView> tagged(KpiDefinition d, KpiEntity e) {
        return new Tagged<>(KpiView.of(d, e), e == null ? DEFAULTS_VERSION : e.getVersion());
    }
}
