package org.policyops.training.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.training.LearnerDirectory;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.core.csv.CsvRows;
import org.policyops.training.internal.domain.Assignment;
import org.policyops.training.internal.domain.CertStatus;
import org.policyops.training.internal.dto.CertificationView;
import org.policyops.training.internal.dto.Fields;
import org.policyops.training.internal.dto.ImportReport;
import org.policyops.training.internal.dto.LearnerRequest;
import org.policyops.training.internal.dto.LearnerStatus;
import org.policyops.training.internal.dto.LearnerView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.entity.CertificationEntity;
import org.policyops.training.internal.entity.CurriculumEntity;
import org.policyops.training.internal.entity.LearnerEntity;
import org.policyops.training.internal.entity.PathEntity;

/**
 * Learners, one transaction per request, and their CSV import and export. Trainers write every learner; a
 * regional lead writes the learners of its regions (before and after the change). Imports match rows to learners
 * by id, so importing the same file twice changes nothing the second time. Other features count the learners of a
 * role per region through {@link LearnerDirectory} (tooling's target populations).
 */
@Component(service = { LearnerService.class, LearnerDirectory.class })
public class LearnerService implements LearnerDirectory {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "region", "region",
            "team", "team", "joinedAt", "joinedAt");
    public static final String DEFAULT_SORT = "id";

    static final String[] CSV_HEADER = { "id", "name", "region", "roles", "languages", "team" };
    private static final List<String> CSV_REQUIRED = List.of("id", "name", "region", "roles");
    private static final int IN_CHUNK = 500;

    private final JpaTemplate jpa;
    private final TrainingSettings settings;
    private final Clock clock;

    @Activate
    public LearnerService(@Reference(target = TrainingUnit.TARGET) JpaTemplate jpa, @Reference TrainingSettings settings) {
        this(jpa, settings, Clock.systemUTC());
    }

    public LearnerService(JpaTemplate jpa, TrainingSettings settings, Clock clock) {
        this.jpa = jpa;
        this.settings = settings;
        this.clock = clock;
    }

    public Page<LearnerView> list(String region, String role, String team, String q, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, LearnerEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (region != null && !region.isBlank()) {
                p.add(cb.equal(root.get("region"), region.trim().toUpperCase(java.util.Locale.ROOT)));
            }
            if (role != null && !role.isBlank()) {
                p.add(cb.equal(root.join("roles"), role.trim()));
            }
            if (team != null && !team.isBlank()) {
                p.add(cb.equal(root.get("team"), team.trim()));
            }
            if (q != null && !q.isBlank()) {
                String like = "%" + q.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("id")), like)));
            }
            return p;
        }).map(LearnerView::of));
    }

    @Override
    public Map<String, Long> learnersByRegion(String role) {
        if (role == null || role.isBlank()) {
            return Map.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Long> out = new java.util.TreeMap<>();
            for (Object[] row : em.createQuery("select l.region, count(l) from LearnerEntity l join l.roles r where r = :role "
                    + "group by l.region", Object[].class).setParameter("role", role.trim().toLowerCase(java.util.Locale.ROOT))
                    .getResultList()) {
                out.put((String) row[0], ((Number) row[1]).longValue());
            }
            return out;
        });
    }

    public Tagged<LearnerView> get(String id) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(find(em, id)));
    }

    public Tagged<LearnerView> create(LearnerRequest r, SecurityContext caller) {
        Validator v = new Validator();
        String id = Fields.code(v, "id", r.id());
        LearnerEntity.Content c = r.validate(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.requireRegions(caller, Roles.TRAINER, List.of(c.region()));
            if (em.find(LearnerEntity.class, id) != null) {
                throw ProblemException.conflict("A learner with id '" + id + "' exists already.");
            }
            LearnerEntity l = new LearnerEntity(id, clock.millis());
            l.apply(c);
            em.persist(l);
            em.flush();
            return tagged(l);
        });
    }

    public Tagged<LearnerView> update(String id, String ifMatch, LearnerRequest r, SecurityContext caller) {
        Validator v = new Validator();
        if (r.id() != null && !r.id().trim().equals(id)) {
            v.reject("id", "cannot change: it must be '" + id + "' or left out (was '" + r.id() + "')");
        }
        LearnerEntity.Content c = r.validate(v);
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity l = find(em, id);
            Access.requireRegions(caller, Roles.TRAINER, List.of(l.getRegion()));
            Access.requireRegions(caller, Roles.TRAINER, List.of(c.region()));
            ETags.checkIfMatch(ifMatch, l.getVersion());
            l.apply(c);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(l);
        });
    }

    /**
     * Deletes a learner with their results and certifications. A learner who leads or is enrolled in a session
     * stays (409): the session's record would otherwise name someone unknown.
     */
    public void delete(String id, String ifMatch, SecurityContext caller) {
        jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity l = find(em, id);
            Access.requireRegions(caller, Roles.TRAINER, List.of(l.getRegion()));
            ETags.checkIfMatch(ifMatch, l.getVersion());
            long sessions = em.createQuery("select count(distinct s) from SessionEntity s left join s.enrolments e "
                    + "where s.trainerId = :id or e.learnerId = :id", Long.class).setParameter("id", id).getSingleResult();
            if (sessions > 0) {
                throw ProblemException.conflict("Learner " + id + " leads or is enrolled in " + sessions
                        + " session(s); remove them from those first.");
            }
            em.createQuery("delete from CertificationEntity c where c.learnerId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("delete from ResultEntity r where r.learnerId = :id").setParameter("id", id).executeUpdate();
            em.remove(l);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
    }

    /** A learner's assignments from the paths of their roles and region, with their certifications. */
    public LearnerStatus status(String id) {
        long now = clock.millis();
        int warning = settings.config().expiryWarningDays();
        return jpa.txExpr(TransactionType.Required, em -> {
            LearnerEntity l = find(em, id);
            List<CertificationView> certs = em.createQuery("select c from CertificationEntity c where c.learnerId = :id "
                    + "order by c.grantedAt desc, c.id desc", CertificationEntity.class).setParameter("id", id)
                    .getResultList().stream().map(c -> CertificationView.of(c, now, warning)).toList();
            List<PathEntity> paths = l.getRoles().isEmpty() ? List.of() : em.createQuery("select p from PathEntity p "
                    + "where p.role in :roles and (p.region is null or p.region = :region) order by p.id", PathEntity.class)
                    .setParameter("roles", l.getRoles()).setParameter("region", l.getRegion()).getResultList();
            Map<String, CurriculumEntity> curricula = new HashMap<>();
            for (PathEntity p : paths) {
                curricula.computeIfAbsent(p.getCurriculumCode(), code -> CurriculumService.findCurriculumOrNull(em, code));
            }
            // The most relevant certification per course and policy: newest first, so the first that counts wins, else
            // the newest. A course covering several policies stands as its weakest policy: one that no longer counts
            // (a new major, a low score) makes the whole assignment need attention.
            Map<String, CertificationView> perPolicy = new LinkedHashMap<>();
            for (CertificationView c : certs) {
                String key = c.course() + "|" + c.policyKey();
                CertificationView seen = perPolicy.get(key);
                if (seen == null || (!CertStatus.valueOf(seen.status()).certifies() && CertStatus.valueOf(c.status()).certifies())) {
                    perPolicy.put(key, c);
                }
            }
            Map<String, CertificationView> best = new HashMap<>();
            for (CertificationView c : perPolicy.values()) {
                best.merge(c.course(), c, (a, b) -> weakness(b) > weakness(a) ? b : a);
            }
            List<LearnerStatus.AssignmentView> assignments = new ArrayList<>();
            Set<String> assigned = new HashSet<>();
            for (PathEntity p : paths) {
                CurriculumEntity cur = curricula.get(p.getCurriculumCode());
                if (cur == null) {
                    continue;
                }
                long dueAt = l.getJoinedAt() + Duration.ofDays(p.getDueDays()).toMillis();
                for (String course : cur.getCourseCodes()) {
                    if (!assigned.add(course)) {
                        continue; // the first path that assigns a course sets its due date
                    }
                    CertificationView c = best.get(course);
                    Assignment a = Assignment.of(c == null ? null : CertStatus.valueOf(c.status()), dueAt, now);
                    assignments.add(new LearnerStatus.AssignmentView(p.getId(), p.getName(), cur.getCode(), course,
                            Instant.ofEpochMilli(dueAt), a.name(), c == null ? null : c.id()));
                }
            }
            return new LearnerStatus(LearnerView.of(l), assignments, certs);
        });
    }

    /** 0 for VALID, 1 for EXPIRING, 2 for a certification that does not count. */
    private static int weakness(CertificationView c) {
        CertStatus st = CertStatus.valueOf(c.status());
        return st == CertStatus.VALID ? 0 : st.certifies() ? 1 : 2;
    }

    // --- CSV

    public String exportCsv() {
        List<LearnerEntity> all = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select distinct l from LearnerEntity l left join fetch l.roles order by l.id", LearnerEntity.class)
                .getResultList());
        return CsvRows.write(CSV_HEADER, all, l -> new Object[] { l.getLearnerId(), l.getName(), l.getRegion(),
                String.join(";", l.getRoles()), l.getLanguages(), l.getTeam() });
    }

    /** Imports learners, creating new ids and updating known ones, all in one transaction. */
    public ImportReport importCsv(String text, boolean skipInvalid, SecurityContext caller) {
        Set<String> seen = new HashSet<>();
        CsvRows.Parsed<Map.Entry<String, LearnerEntity.Content>> parsed = CsvRows.read(text, CSV_REQUIRED, row -> {
            Validator v = new Validator();
            String id = Fields.code(v, "id", row.get("id"));
            LearnerRequest r = new LearnerRequest(id, row.get("name"), row.get("region"), splitList(row.get("roles")),
                    splitList(row.get("languages")), row.get("team"));
            LearnerEntity.Content c = r.validate(v);
            if (id != null && !seen.add(id)) {
                v.reject("id", "'" + id + "' appears on an earlier line of the file");
            }
            if (c.region() != null) {
                try {
                    Access.requireRegions(caller, Roles.TRAINER, List.of(c.region()));
                } catch (ProblemException e) {
                    v.reject("region", e.detail());
                }
            }
            v.throwIfInvalid();
            return Map.entry(id, c);
        }, skipInvalid);
        return jpa.txExpr(TransactionType.Required, em -> {
            long now = clock.millis();
            int created = 0;
            int updated = 0;
            List<CsvRows.Row<Map.Entry<String, LearnerEntity.Content>>> rows = parsed.rows();
            for (int from = 0; from < rows.size(); from += IN_CHUNK) {
                List<CsvRows.Row<Map.Entry<String, LearnerEntity.Content>>> chunk = rows.subList(from, Math.min(rows.size(), from + IN_CHUNK));
                Map<String, LearnerEntity> existing = new HashMap<>();
                em.createQuery("select l from LearnerEntity l where l.id in :ids", LearnerEntity.class)
                        .setParameter("ids", chunk.stream().map(r -> r.value().getKey()).toList()).getResultList()
                        .forEach(l -> existing.put(l.getLearnerId(), l));
                for (CsvRows.Row<Map.Entry<String, LearnerEntity.Content>> row : chunk) {
                    LearnerEntity l = existing.get(row.value().getKey());
                    LearnerEntity.Content c = row.value().getValue();
                    if (l == null) {
                        l = new LearnerEntity(row.value().getKey(), now);
                        l.apply(c);
                        em.persist(l);
                        created++;
                    } else {
                        if (!l.getRegion().equals(c.region())) {
                            requireRegionOrRowError(caller, l, row.line());
                        }
                        if (!l.content().equals(c)) {
                            l.apply(c);
                            updated++;
                        }
                    }
                }
                em.flush();
            }
            return new ImportReport(created, updated, parsed.bad());
        });
    }

    /** A regional lead may not move a learner of another region into its own by import. */
    private static void requireRegionOrRowError(SecurityContext caller, LearnerEntity l, long line) {
        try {
            Access.requireRegions(caller, Roles.TRAINER, List.of(l.getRegion()));
        } catch (ProblemException e) {
            throw new ProblemException(403, "Forbidden", "line " + line + ": learner " + l.getLearnerId() + " belongs to "
                    + l.getRegion() + ". " + e.detail(), List.of(new FieldError("line " + line + ": region", e.detail())));
        }
    }

    private static List<String> splitList(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : joined.split(";")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    static LearnerEntity find(EntityManager em, String id) {
        LearnerEntity l = id == null ? null : em.find(LearnerEntity.class, id);
        if (l == null) {
            throw ProblemException.notFound("learner", id);
        }
        return l;
    }

    private static Tagged<LearnerView> tagged(LearnerEntity l) {
        return new Tagged<>(LearnerView.of(l), l.getVersion());
    }
}
