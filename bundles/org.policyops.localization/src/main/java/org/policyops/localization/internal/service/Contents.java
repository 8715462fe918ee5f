package org.policyops.localization.internal.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.core.rest.ProblemException;
import org.policyops.localization.internal.domain.Readiness;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.entity.RegionEntity;
import org.policyops.localization.internal.entity.TranslationEntity;

/** Queries on contents that several services run inside their transactions. */
final class Contents {

    private Contents() {
    }

    /** The content with this key, or null. */
    static ContentEntity findOptional(EntityManager em, String key) {
        List<ContentEntity> found = em.createQuery("select c from ContentEntity c where c.contentKey = :key", ContentEntity.class)
                .setParameter("key", key).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static ContentEntity find(EntityManager em, String key) {
        ContentEntity c = findOptional(em, key);
        if (c == null) {
            throw ProblemException.notFound("content", key);
        }
        return c;
    }

    static List<TranslationEntity> translations(EntityManager em, long contentId) {
        return em.createQuery("select t from TranslationEntity t where t.contentId = :id order by t.locale", TranslationEntity.class)
                .setParameter("id", contentId).getResultList();
    }

    static TranslationEntity translation(EntityManager em, long contentId, String locale) {
        List<TranslationEntity> found = em.createQuery(
                "select t from TranslationEntity t where t.contentId = :id and t.locale = :locale", TranslationEntity.class)
                .setParameter("id", contentId).setParameter("locale", locale).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Locales whose translation (of any status but MISSING) was made from another revision than the current one. */
    static List<String> staleLocales(EntityManager em, ContentEntity c) {
        return em.createQuery("select t.locale from TranslationEntity t where t.contentId = :id and t.sourceRevision <> :rev "
                + "and t.status <> org.policyops.localization.internal.domain.TranslationState.MISSING order by t.locale", String.class)
                .setParameter("id", c.getId()).setParameter("rev", c.getSourceRevision()).getResultList();
    }

    static ContentReadiness readiness(EntityManager em, ContentEntity c, RegionCode region) {
        RegionEntity r = em.find(RegionEntity.class, region.value());
        List<LocaleTag> required = r == null ? null : r.getRequiredLocales().stream().map(LocaleTag::of).toList();
        Map<LocaleTag, Readiness.Fact> facts = new HashMap<>();
        for (TranslationEntity t : translations(em, c.getId())) {
            facts.put(LocaleTag.of(t.getLocale()), new Readiness.Fact(t.getStatus(), t.getSourceRevision()));
        }
        return Readiness.of(c.getContentKey(), region, required, LocaleTag.of(c.getSourceLocale()), c.getSourceRevision(), facts);
    }
}
