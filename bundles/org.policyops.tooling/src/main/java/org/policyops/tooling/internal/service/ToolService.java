package org.policyops.tooling.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.criteria.Predicate;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.LifecycleStage;
import org.policyops.api.tooling.ToolKind;
import org.policyops.api.tooling.ToolStatus;
import org.policyops.core.events.EventPoster;
import org.policyops.core.events.Notice;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.domain.DependencyGraph;
import org.policyops.tooling.internal.dto.Fields;
import org.policyops.tooling.internal.dto.StatusChangeView;
import org.policyops.tooling.internal.dto.StatusRequest;
import org.policyops.tooling.internal.dto.ToolPatchRequest;
import org.policyops.tooling.internal.dto.ToolRequest;
import org.policyops.tooling.internal.dto.ToolView;
import org.policyops.tooling.internal.entity.StatusChange;
import org.policyops.tooling.internal.entity.ToolEntity;
import org.policyops.tooling.internal.service.ToolingNotices.Change;

/**
 * The tool catalog, one transaction per request. Users with the tooling role write every tool; a regional lead
 * writes the tools of its regions (before and after the change). A tool an installed plugin provides is read-only.
 */
@Component(service = ToolService.class)
public class ToolService {

    public static final Map<String, String> SORTABLE = Map.of("key", "id", "name", "name", "kind", "kind",
            "status", "status", "statusSince", "statusSince", "ownerTeam", "ownerTeam");
    public static final String DEFAULT_SORT = "key";

    /** The list filters, as read from the query (null for absent). */
    public record Filter(String kind, String stage, String status, String region, String policy, String ownerTeam,
            String providedBy, String q) {
    }

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public ToolService(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    public ToolService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    public Page<ToolView> list(Filter f, PageRequest page) {
        Validator v = new Validator();
        String kind = v.parse("kind", f.kind(), s -> Fields.named(ToolKind.class, s).name());
        String stage = v.parse("stage", f.stage(), s -> Fields.named(LifecycleStage.class, s).name());
        String status = v.parse("status", f.status(), s -> Fields.named(ToolStatus.class, s).name());
        v.throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, ToolEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (kind != null) {
                p.add(cb.equal(root.get("kind"), kind));
            }
            if (stage != null) {
                p.add(cb.equal(root.join("stages"), stage));
            }
            if (status != null) {
                p.add(cb.equal(root.get("status"), status));
            }
            if (f.region() != null) {
                p.add(cb.equal(root.join("regions"), f.region()));
            }
            if (f.policy() != null) {
                p.add(cb.equal(root.join("policies"), f.policy()));
            }
            if (f.ownerTeam() != null) {
                p.add(cb.equal(root.get("ownerTeam"), f.ownerTeam()));
            }
            if (f.providedBy() != null) {
                p.add(cb.equal(root.get("providedBy"), f.providedBy()));
            }
            if (f.q() != null) {
                String like = "%" + f.q().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(root.get("id"), like)));
            }
            return p;
        }).map(ToolView::of));
    }

    public Tagged<ToolView> get(String key) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(Tools.find(em, key)));
    }

    public List<StatusChangeView> history(String key) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Tools.find(em, key);
            return em.createQuery("select c from StatusChange c where c.toolKey = :key order by c.at, c.id", StatusChange.class)
                    .setParameter("key", key).getResultList().stream().map(StatusChangeView::of).toList();
        });
    }

    public Tagged<ToolView> create(ToolRequest request, SecurityContext caller) {
        ToolRequest.Valid r = request.validate(null);
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        Tagged<ToolView> created = jpa.txExpr(TransactionType.Required, em -> {
            Access.requireRegions(caller, Roles.TOOLING, r.content().regions());
            if (em.find(ToolEntity.class, r.key()) != null) {
                throw ProblemException.conflict("A tool with the key '" + r.key() + "' exists already; PUT /api/tooling/tools/"
                        + r.key() + " changes it.");
            }
            Tools.requireKnown(em, r.content().dependsOn(), Set.of());
            ToolEntity t = new ToolEntity(r.key(), r.status() == null ? ToolStatus.PROPOSED.name() : r.status(), now.toEpochMilli());
            t.apply(r.content());
            em.persist(t);
            Tools.register(em, t, user, "registered");
            em.flush();
            return tagged(t);
        });
        events.post(ToolingNotices.toolChanged(r.key(), Change.CREATED, user, now));
        return created;
    }

    public Tagged<ToolView> update(String key, String ifMatch, ToolRequest request, SecurityContext caller) {
        ToolRequest.Valid r = request.validate(key);
        return change(key, ifMatch, caller, t -> r.content(), r.status());
    }

    public Tagged<ToolView> patch(String key, String ifMatch, ToolPatchRequest request, SecurityContext caller) {
        return change(key, ifMatch, caller, t -> request.applyTo(key, t.content()), null);
    }

    private Tagged<ToolView> change(String key, String ifMatch, SecurityContext caller,
            java.util.function.Function<ToolEntity, ToolEntity.Content> content, String status) {
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        List<Notice> notices = new ArrayList<>();
        Tagged<ToolView> changed = jpa.txExpr(TransactionType.Required, em -> {
            ToolEntity t = Tools.find(em, key);
            Access.requireRegions(caller, Roles.TOOLING, t.getRegions());
            ETags.checkIfMatch(ifMatch, t.getVersion());
            Tools.requireEditable(t);
            ToolEntity.Content c = content.apply(t);
            Access.requireRegions(caller, Roles.TOOLING, c.regions());
            Tools.requireKnown(em, c.dependsOn(), Set.of());
            Tools.requireNoCycle(new DependencyGraph(Tools.edges(em)).with(key, c.dependsOn()), List.of(key));
            if (status != null && !status.equals(t.getStatus())) {
                String previous = t.getStatus();
                Tools.move(em, t, status, now, now, user, null);
                notices.add(ToolingNotices.statusChanged(key, status, previous, user, now));
            }
            t.apply(c);
            PersistenceSupport.flush(em, ifMatch);
            return tagged(t);
        });
        notices.add(0, ToolingNotices.toolChanged(key, Change.UPDATED, user, now));
        events.postAll(notices);
        return changed;
    }

    /** Moves a tool to another status (POST; If-Match is honoured when sent). */
    public Tagged<ToolView> changeStatus(String key, String ifMatch, StatusRequest request, SecurityContext caller) {
        StatusRequest.Valid r = request.validate();
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        Instant at = r.at() == null ? now : r.at().atStartOfDay(ZoneOffset.UTC).toInstant();
        record Moved(Tagged<ToolView> tool, String previous) {
        }
        Moved moved = jpa.txExpr(TransactionType.Required, em -> {
            ToolEntity t = Tools.find(em, key);
            Access.requireRegions(caller, Roles.TOOLING, t.getRegions());
            ETags.checkIfMatch(ifMatch, t.getVersion());
            Tools.requireEditable(t);
            String previous = t.getStatus();
            Tools.move(em, t, r.status(), at, now, user, r.note());
            PersistenceSupport.flush(em, ifMatch);
            return new Moved(tagged(t), previous);
        });
        events.post(ToolingNotices.statusChanged(key, r.status(), moved.previous(), user, at));
        return moved.tool();
    }

    /** Removes a tool and its status history; a tool others depend on stays (409). */
    public void delete(String key, String ifMatch, SecurityContext caller) {
        String user = Access.userName(caller);
        Instant now = PersistenceSupport.now(clock);
        jpa.txExpr(TransactionType.Required, em -> {
            ToolEntity t = Tools.find(em, key);
            Access.requireRegions(caller, Roles.TOOLING, t.getRegions());
            ETags.checkIfMatch(ifMatch, t.getVersion());
            Tools.requireEditable(t);
            Tools.requireNoDependents(em, key);
            em.createQuery("delete from StatusChange c where c.toolKey = :key").setParameter("key", key).executeUpdate();
            em.remove(t);
            PersistenceSupport.flush(em, ifMatch);
            return null;
        });
        events.post(ToolingNotices.toolChanged(key, Change.DELETED, user, now));
    }

    private static Tagged<ToolView> tagged(ToolEntity t) {
        return new Tagged<>(ToolView.of(t), t.getVersion());
    }
}
