package org.policyops.localization.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Subquery;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.localization.internal.dto.Checks;
import org.policyops.core.rest.Validator;
import org.policyops.api.LocaleTag;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PagedQuery;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.localization.internal.domain.TranslationState;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.dto.TranslationRequest;
import org.policyops.localization.internal.dto.TranslationView;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.entity.TranslationEntity;
import org.policyops.localization.internal.service.LocalizationNotices.TranslationChange;

/** Translations of contents: one per content and locale, written by translators, listed and counted. */
@Component(service = TranslationService.class)
public class TranslationService {

    public static final Map<String, String> SORTABLE = Map.of("locale", "locale", "status", "status", "updatedAt", "updatedAt");
    public static final String DEFAULT_SORT = "locale";

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public TranslationService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    TranslationService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    /** Filters of the translation list; null means any. */
    public record Filter(String contentKey, String locale, TranslationState status, Boolean stale) {
    }

    public Page<TranslationView> list(Filter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Long contentId = null;
            if (f.contentKey() != null) {
                ContentEntity c = Contents.findOptional(em, f.contentKey());
                if (c == null) {
                    return new Page<TranslationView>(List.of(), 0, page.limit(), page.offset());
                }
                contentId = c.getId();
            }
            Long id = contentId;
            Page<TranslationEntity> found = PagedQuery.find(em, TranslationEntity.class, page, (cb, root) -> {
                List<Predicate> p = new ArrayList<>();
                if (id != null) {
                    p.add(cb.equal(root.get("contentId"), id));
                }
                if (f.locale() != null) {
                    p.add(cb.equal(root.get("locale"), f.locale()));
                }
                if (f.status() != null) {
                    p.add(cb.equal(root.get("status"), f.status()));
                }
                if (f.stale() != null) {
                    Subquery<String> current = cb.createQuery().subquery(String.class);
                    var content = current.from(ContentEntity.class);
                    current.select(content.get("sourceRevision")).where(cb.equal(content.get("id"), root.get("contentId")));
                    Predicate differs = cb.notEqual(root.get("sourceRevision"), current);
                    p.add(f.stale() ? cb.and(differs, cb.notEqual(root.get("status"), TranslationState.MISSING)) : cb.not(differs));
                }
                return p;
            });
            Map<Long, ContentEntity> contents = contents(em, found.items().stream().map(TranslationEntity::getContentId)
                    .collect(Collectors.toSet()));
            return found.map(t -> view(t, contents.get(t.getContentId())));
        });
    }

    /** The contents of the given ids, in one query. */
    private static Map<Long, ContentEntity> contents(EntityManager em, Set<Long> ids) {
        Map<Long, ContentEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ContentEntity c : em.createQuery("select c from ContentEntity c where c.id in :ids", ContentEntity.class)
                    .setParameter("ids", ids).getResultList()) {
                byId.put(c.getId(), c);
            }
        }
        return byId;
    }

    public List<TranslationView> ofContent(String key) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ContentEntity c = Contents.find(em, key);
            return Contents.translations(em, c.getId()).stream().map(t -> view(t, c)).toList();
        });
    }

    public Tagged<TranslationView> get(String key, String locale) {
        String tag = locale(locale);
        return jpa.txExpr(TransactionType.Required, em -> {
            ContentEntity c = Contents.find(em, key);
            TranslationEntity t = Contents.translation(em, c.getId(), tag);
            if (t == null) {
                throw ProblemException.notFound("translation of " + key + " into", tag);
            }
            return new Tagged<>(view(t, c), t.getVersion());
        });
    }

    /** Creates or replaces the translation of a content into a locale; posts TRANSLATION_CHANGED after commit. */
    public Tagged<TranslationView> put(String key, String locale, String ifMatch, TranslationRequest request, SecurityContext caller) {
        String tag = locale(locale);
        TranslationRequest.Content c = request.validate();
        String user = Access.userName(caller);
        Tagged<TranslationView> saved = jpa.txExpr(TransactionType.Required, em -> {
            ContentEntity content = Contents.find(em, key);
            Translators.requireLocale(em, caller, tag);
            TranslationEntity t = write(em, content, Contents.translation(em, content.getId(), tag), tag, c.text(), c.status(), c.translator(), c.sourceRevision(), user,
                    now(), ifMatch);
            PersistenceSupport.flush(em, ifMatch);
            return new Tagged<>(view(t, content), t.getVersion());
        });
        TranslationView v = saved.body();
        events.post(LocalizationNotices.translationChanged(new TranslationChange(key, tag, v.status(), user, v.updatedAt())));
        return saved;
    }

    /**
     * Writes one translation inside the caller's transaction (REST and import share it).
     *
     * @param t the translation stored so far, or null
     * @param revision the revision translated from; null = the current one; otherwise it must be the current or
     *        the previous revision (an older file is accepted, and stays stale)
     */
    static TranslationEntity write(EntityManager em, ContentEntity content, TranslationEntity t, String locale, String text,
            TranslationState status,
            String translator, String revision, String user, Instant now, String ifMatch) {
        if (locale.equals(content.getSourceLocale())) {
            throw ProblemException.badRequest("locale", locale + " is the source locale of " + content.getContentKey()
                    + "; change the source with PUT /api/localization/contents/" + content.getContentKey());
        }
        ContentService.requireLocale(em, "locale", locale);
        // A file import arrives here without a request body's checks.
        Validator v = new Validator();
        Checks.text(v, "text", text, ContentEntity.MAX_TEXT, false);
        v.throwIfInvalid();
        String rev = revision == null ? content.getSourceRevision() : revision;
        if (!rev.equals(content.getSourceRevision()) && !rev.equals(content.getPreviousRevision())) {
            throw ProblemException.badRequest("sourceRevision", "'" + rev + "' is neither the current revision of "
                    + content.getContentKey() + " (" + content.getSourceRevision() + ") nor the previous one");
        }
        if (t == null) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw ProblemException.preconditionFailed("There is no translation of " + content.getContentKey() + " into "
                        + locale + " yet, so If-Match " + ifMatch.trim() + " cannot hold.");
            }
            TranslationEntity created = new TranslationEntity(content.getId(), locale);
            created.apply(text, status, translator, rev, user, now);
            em.persist(created);
            return created;
        }
        ETags.checkIfMatch(ifMatch, t.getVersion());
        t.apply(text, status, translator, rev, user, now);
        return t;
    }

    /**
     * Counts per locale and status over all translations (or one content's), split into current and stale, in
     * the database. Answers {locale: {status: count, ..., STALE: count}}.
     */
    public Map<String, Map<String, Long>> summary(String contentKey) {
        return jpa.txExpr(TransactionType.Required, em -> {
            String where = "from TranslationEntity t, ContentEntity c where t.contentId = c.id";
            Long id = null;
            if (contentKey != null) {
                id = Contents.find(em, contentKey).getId();
                where += " and c.id = :id";
            }
            var current = em.createQuery("select t.locale, t.status, count(t) " + where
                    + " and t.sourceRevision = c.sourceRevision group by t.locale, t.status", Object[].class);
            var stale = em.createQuery("select t.locale, count(t) " + where + " and t.sourceRevision <> c.sourceRevision"
                    + " and t.status <> org.policyops.localization.internal.domain.TranslationState.MISSING group by t.locale", Object[].class);
            if (id != null) {
                current.setParameter("id", id);
                stale.setParameter("id", id);
            }
            Map<String, Map<String, Long>> out = new TreeMap<>();
            for (Object[] row : current.getResultList()) {
                out.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(((TranslationState) row[1]).name(), ((Number) row[2]).longValue());
            }
            for (Object[] row : stale.getResultList()) {
                out.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put("STALE", ((Number) row[1]).longValue());
            }
            return out;
        });
    }

    static String locale(String text) {
        return locale("locale", text);
    }

    static String locale(String field, String text) {
        try {
            return LocaleTag.of(text).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, e.getMessage());
        }
    }

    static TranslationView view(TranslationEntity t, ContentEntity c) {
        return TranslationView.of(t, c.getContentKey(), c.getSourceRevision());
    }

    private Instant now() {
        return PersistenceSupport.now(clock);
    }
}
