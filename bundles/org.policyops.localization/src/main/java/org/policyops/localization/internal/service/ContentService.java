package org.policyops.localization.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.criteria.Predicate;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.localization.internal.dto.ContentRequest;
import org.policyops.localization.internal.dto.ContentView;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.entity.LocaleEntity;
import org.policyops.localization.internal.service.LocalizationNotices.SourceChange;

/**
 * Translatable contents: registering a text with its source, changing the source (which makes translations of the
 * previous revision stale and posts SOURCE_CHANGED after commit), and readiness per region.
 */
@Component(service = ContentService.class)
public class ContentService {

    public static final Map<String, String> SORTABLE = Map.of("key", "contentKey", "policyKey", "policyKey",
            "sourceChangedAt", "sourceChangedAt");
    public static final String DEFAULT_SORT = "key";

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public ContentService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    ContentService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    /** @param prefix only keys starting with it; @param policyKey only contents of that policy */
    public Page<ContentView> list(String prefix, String policyKey, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.find(em, ContentEntity.class, page, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (prefix != null && !prefix.isBlank()) {
                p.add(cb.like(root.get("contentKey"), likePrefix(prefix), '\\'));
            }
            if (policyKey != null && !policyKey.isBlank()) {
                p.add(cb.equal(root.get("policyKey"), policyKey.trim()));
            }
            return p;
        }).map(ContentView::of));
    }

    static String likePrefix(String prefix) {
        return prefix.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public Tagged<ContentView> get(String key) {
        return jpa.txExpr(TransactionType.Required, em -> tagged(Contents.find(em, key)));
    }

    public Tagged<ContentView> create(ContentRequest request, SecurityContext caller) {
        ContentRequest.Content c = request.validate(null);
        String user = Access.userName(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (Contents.findOptional(em, c.key()) != null) {
                throw ProblemException.conflict("Content " + c.key() + " is registered already; PUT /api/localization/contents/"
                        + c.key() + " changes its source.");
            }
            requireLocale(em, "sourceLocale", c.sourceLocale());
            ContentEntity content = new ContentEntity(c.key(), user);
            content.changeSource(c.sourceLocale(), c.sourceText(), c.policyKey(), c.policyVersion(),
                    "registered by " + user, now());
            em.persist(content);
            em.flush();
            return tagged(content);
        });
    }

    /** Changes the source; when the revision changes, the translations of the previous one become stale. */
    public Tagged<ContentView> update(String key, String ifMatch, ContentRequest request, SecurityContext caller) {
        ContentRequest.Content c = request.validate(key);
        String user = Access.userName(caller);
        record Result(Tagged<ContentView> content, SourceChange change) {
        }
        Result r = jpa.txExpr(TransactionType.Required, em -> {
            ContentEntity content = Contents.find(em, key);
            ETags.checkIfMatch(ifMatch, content.getVersion());
            requireLocale(em, "sourceLocale", c.sourceLocale());
            Instant now = now();
            boolean changed = content.changeSource(c.sourceLocale(), c.sourceText(), c.policyKey(), c.policyVersion(),
                    "source changed by " + user, now);
            PersistenceSupport.flush(em, ifMatch);
            SourceChange change = changed ? new SourceChange(key, content.getSourceRevision(), content.getPreviousRevision(),
                    Contents.staleLocales(em, content), now) : null;
            return new Result(tagged(content), change);
        });
        if (r.change() != null) {
            events.post(LocalizationNotices.sourceChanged(r.change()));
        }
        return r.content();
    }

    public ContentReadiness readiness(String key, String region) {
        RegionCode code;
        try {
            code = RegionCode.of(region);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("region", e.getMessage());
        }
        return jpa.txExpr(TransactionType.Required, em -> Contents.readiness(em, Contents.find(em, key), code));
    }

    /** A locale must be registered before texts, translations or files use it. */
    static void requireLocale(javax.persistence.EntityManager em, String field, String locale) {
        if (em.find(LocaleEntity.class, locale) == null) {
            throw ProblemException.badRequest(field, "no locale " + locale + "; add it with POST /api/localization/locales first");
        }
    }

    private static Tagged<ContentView> tagged(ContentEntity c) {
        return new Tagged<>(ContentView.of(c), c.getVersion());
    }

    private Instant now() {
        return PersistenceSupport.now(clock);
    }
}
