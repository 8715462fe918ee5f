package org.policyops.training.internal.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.core.csv.CsvRows;
import org.policyops.training.internal.dto.ImportReport;
import org.policyops.training.internal.dto.QualitySignalRequest;
import org.policyops.training.internal.dto.QualitySignalView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.entity.QualitySignalEntity;

/**
 * QA quality signals per policy × region × month, posted one by one or as CSV. A signal for a policy, region and
 * month that exists replaces its figures, so re-sending a file is harmless.
 */
@Component(service = QualityService.class)
public class QualityService {

    public static final Map<String, String> SORTABLE = PagedQuery.sameNames("policyKey", "region", "period");
    static final String[] CSV_HEADER = { "policyKey", "region", "period", "sampleSize", "missedViolations", "wrongActions" };

    private final JpaTemplate jpa;

    @Activate
    public QualityService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public Page<QualitySignalView> list(String policy, String region, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, QualitySignalEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (policy != null && !policy.isBlank()) {
                p.add(cb.equal(root.get("policyKey"), policy.trim()));
            }
            if (region != null && !region.isBlank()) {
                p.add(cb.equal(root.get("region"), region.trim()));
            }
            return p;
        }).map(QualitySignalView::of));
    }

    public Tagged<QualitySignalView> get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    /** Creates the signal, or replaces the figures of the one for the same policy, region and month. */
    public Tagged<QualitySignalView> put(QualitySignalRequest r) {
        Validator v = new Validator();
        QualitySignalRequest.Content c = r.validate(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            QualitySignalEntity q = upsert(em, c);
            em.flush();
            return tagged(q);
        });
    }

    public void delete(long id, String ifMatch) {
        jpa.txExpr(TransactionType.Required, em -> {
            QualitySignalEntity q = find(em, id);
            ETags.checkIfMatch(ifMatch, q.getVersion());
            em.remove(q);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    public ImportReport importCsv(String text, boolean skipInvalid) {
        Set<String> seen = new HashSet<>();
        CsvRows.Parsed<QualitySignalRequest.Content> parsed = CsvRows.read(text, List.of(CSV_HEADER), row -> {
            Validator v = new Validator();
            QualitySignalRequest.Content c = new QualitySignalRequest(row.get("policyKey"), row.get("region"),
                    row.get("period"), integer(v, "sampleSize", row.get("sampleSize")),
                    integer(v, "missedViolations", row.get("missedViolations")),
                    integer(v, "wrongActions", row.get("wrongActions"))).validate(v);
            if (c != null && !seen.add(c.policyKey() + "|" + c.region() + "|" + c.period())) {
                v.reject("period", "this policy, region and period appear on an earlier line of the file");
            }
            v.throwIfInvalid();
            return c;
        }, skipInvalid);
        return jpa.txExpr(TransactionType.Required, em -> {
            int created = 0;
            int updated = 0;
            for (CsvRows.Row<QualitySignalRequest.Content> row : parsed.rows()) {
                if (find(em, row.value()) == null) {
                    created++;
                } else {
                    updated++;
                }
                upsert(em, row.value());
            }
            em.flush();
            return new ImportReport(created, updated, parsed.bad());
        });
    }

    public String exportCsv() {
        List<QualitySignalEntity> all = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select q from QualitySignalEntity q order by q.policyKey, q.region, q.period", QualitySignalEntity.class)
                .getResultList());
        return CsvRows.write(CSV_HEADER, all, q -> new Object[] { q.getPolicyKey(), q.getRegion(), q.getPeriod(),
                q.getSampleSize(), q.getMissedViolations(), q.getWrongActions() });
    }

    private static Integer integer(Validator v, String field, String text) {
        return v.parse(field, text == null || text.isBlank() ? null : text, RestSupport::whole);
    }

    static QualitySignalEntity upsert(EntityManager em, QualitySignalRequest.Content c) {
        QualitySignalEntity q = find(em, c);
        if (q == null) {
            q = new QualitySignalEntity(c.policyKey(), c.region(), c.period());
            em.persist(q);
        }
        q.apply(c.sampleSize(), c.missedViolations(), c.wrongActions());
        return q;
    }

    private static QualitySignalEntity find(EntityManager em, QualitySignalRequest.Content c) {
        List<QualitySignalEntity> found = em.createQuery("select q from QualitySignalEntity q where q.policyKey = :p "
                + "and q.region = :r and q.period = :m", QualitySignalEntity.class).setParameter("p", c.policyKey())
                .setParameter("r", c.region()).setParameter("m", c.period()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static QualitySignalEntity find(EntityManager em, long id) {
        QualitySignalEntity q = em.find(QualitySignalEntity.class, id);
        if (q == null) {
            throw ProblemException.notFound("quality signal", id);
        }
        return q;
    }

    private static Tagged<QualitySignalView> tagged(QualitySignalEntity q) {
        return new Tagged<>(QualitySignalView.of(q), q.getVersion());
    }
}
