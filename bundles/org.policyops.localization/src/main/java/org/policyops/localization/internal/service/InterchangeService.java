package org.policyops.localization.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.LocaleTag;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.ProblemException;
import org.policyops.localization.internal.domain.TranslationState;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.entity.TranslationEntity;
import org.policyops.localization.internal.interchange.InterchangeDocument;
import org.policyops.localization.internal.interchange.InterchangeEntry;
import org.policyops.localization.internal.interchange.InterchangeException;
import org.policyops.localization.internal.interchange.Po;
import org.policyops.localization.internal.interchange.Xliff2;
import org.policyops.localization.internal.service.LocalizationNotices.TranslationChange;

/**
 * XLIFF 2 and PO export and import of translations for one target locale. An import is one transaction: the whole
 * file is parsed and checked before anything is written, and any error (with its line) leaves everything as it was.
 */
@Component(service = InterchangeService.class)
public class InterchangeService {

    /** More contents than this in one file is a mistake or an attack; export by key prefix instead. */
    static final int MAX_ENTRIES = 10_000;

    /** Keys per IN list when an import loads its contents. */
    private static final int CHUNK = 500;

    public enum Format {
        XLIFF, PO;

        public static Format parse(String text) {
            if (text == null || text.isBlank()) {
                return XLIFF;
            }
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "xliff", "xlf", "xliff2" -> XLIFF;
                case "po", "gettext" -> PO;
                default -> throw ProblemException.badRequest("format", "must be xliff or po (was '" + text + "')");
            };
        }

        public String mediaType() {
            return this == XLIFF ? Xliff2.MEDIA_TYPE : Po.MEDIA_TYPE;
        }

        public String extension() {
            return this == XLIFF ? "xlf" : "po";
        }
    }

    /** What an import did: counts, and the locale written. */
    public record ImportResult(String locale, int created, int updated, int unchanged, int skippedMissing) {
    }

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public InterchangeService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa, @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    InterchangeService(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The contents whose key starts with {@code prefix} (all when null) and whose source is in {@code sourceLocale},
     * with their translations into {@code targetLocale}, by key.
     */
    public String export(Format format, String targetLocale, String sourceLocale, String prefix) {
        String target = TranslationService.locale(targetLocale);
        String source = sourceLocale == null ? "en" : TranslationService.locale("source", sourceLocale);
        InterchangeDocument doc = jpa.txExpr(TransactionType.Required, em -> {
            ContentService.requireLocale(em, "locale", target);
            ContentService.requireLocale(em, "source", source);
            List<ContentEntity> contents = em.createQuery("select c from ContentEntity c where c.sourceLocale = :source "
                    + "and c.contentKey like :prefix escape '\\' order by c.contentKey", ContentEntity.class)
                    .setParameter("source", source)
                    .setParameter("prefix", prefix == null ? "%" : ContentService.likePrefix(prefix))
                    .setMaxResults(MAX_ENTRIES + 1).getResultList();
            if (contents.size() > MAX_ENTRIES) {
                throw ProblemException.badRequest("prefix", "more than " + MAX_ENTRIES + " contents match; export a narrower prefix");
            }
            Map<Long, TranslationEntity> byContent = new HashMap<>();
            for (TranslationEntity t : em.createQuery("select t from TranslationEntity t, ContentEntity c where t.contentId = c.id "
                    + "and t.locale = :target and c.sourceLocale = :source", TranslationEntity.class)
                    .setParameter("target", target).setParameter("source", source).getResultList()) {
                byContent.put(t.getContentId(), t);
            }
            List<InterchangeEntry> entries = new ArrayList<>();
            for (ContentEntity c : contents) {
                TranslationEntity t = byContent.get(c.getId());
                entries.add(t == null
                        ? new InterchangeEntry(c.getContentKey(), c.getSourceRevision(), c.getSourceText(), null,
                                TranslationState.MISSING, null, 0)
                        : new InterchangeEntry(c.getContentKey(), t.getSourceRevision(), c.getSourceText(), t.getText(),
                                t.getStatus(), t.getTranslator(), 0));
            }
            return new InterchangeDocument(source, target, entries);
        });
        try {
            return format == Format.XLIFF ? Xliff2.write(doc) : Po.write(doc);
        } catch (RuntimeException e) {
            // Okapi checks language tags against ISO 639, which a registered locale may not follow.
            if (e.getClass().getName().startsWith("net.sf.okapi.")) {
                throw ProblemException.badRequest("locale", source + " to " + target + " cannot be written as XLIFF 2: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            throw e;
        }
    }

    /** Imports a whole file or nothing; TRANSLATION_CHANGED is posted for each changed translation after commit. */
    public ImportResult importFile(Format format, String body, SecurityContext caller) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "Invalid request", "The request body must be an " + format.extension() + " file.");
        }
        InterchangeDocument doc = parse(format, body);
        String target = fileLocale(doc.targetLocale(), format == Format.XLIFF ? "trgLang" : "Language");
        String source = doc.sourceLocale() == null ? null : fileLocale(doc.sourceLocale(), format == Format.XLIFF ? "srcLang" : "X-Source-Language");
        if (doc.entries().size() > MAX_ENTRIES) {
            throw malformed(0, "more than " + MAX_ENTRIES + " units; split the file");
        }
        String user = Access.userName(caller);
        record Outcome(ImportResult result, List<TranslationChange> changes) {
        }
        Outcome outcome = jpa.txExpr(TransactionType.Required, em -> {
            ContentService.requireLocale(em, format == Format.XLIFF ? "trgLang" : "Language", target);
            Translators.requireLocale(em, caller, target);
            Instant now = PersistenceSupport.now(clock);
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int skipped = 0;
            List<TranslationChange> changes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (InterchangeEntry e : doc.entries()) {
                if (!seen.add(e.key())) {
                    throw malformed(e.line(), e.key() + " appears twice in the file");
                }
            }
            // Two queries per chunk of keys rather than two per unit.
            Map<String, ContentEntity> byKey = new HashMap<>();
            Map<Long, TranslationEntity> existingByContent = new HashMap<>();
            List<String> keys = new ArrayList<>(seen);
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
                for (ContentEntity c : em.createQuery("select c from ContentEntity c where c.contentKey in :keys", ContentEntity.class)
                        .setParameter("keys", chunk).getResultList()) {
                    byKey.put(c.getContentKey(), c);
                }
                for (TranslationEntity t : em.createQuery("select t from TranslationEntity t, ContentEntity c where t.contentId = c.id "
                        + "and c.contentKey in :keys and t.locale = :locale", TranslationEntity.class)
                        .setParameter("keys", chunk).setParameter("locale", target).getResultList()) {
                    existingByContent.put(t.getContentId(), t);
                }
            }
            for (InterchangeEntry e : doc.entries()) {
                ContentEntity c = byKey.get(e.key());
                if (c == null) {
                    throw malformed(e.line(), "no content " + e.key() + " is registered");
                }
                if (source != null && !source.equals(c.getSourceLocale())) {
                    throw malformed(e.line(), e.key() + " is written in " + c.getSourceLocale() + ", the file's source locale is " + source);
                }
                String revision = revision(e, c);
                if (e.state() == TranslationState.MISSING && e.target() == null) {
                    skipped++;
                    continue;
                }
                TranslationEntity existing = existingByContent.get(c.getId());
                if (existing != null && existing.getStatus() == e.state() && Objects.equals(existing.getText(), e.target())
                        && Objects.equals(existing.getTranslator(), e.translator())
                        && existing.getSourceRevision().equals(revision)) {
                    unchanged++;
                    continue;
                }
                try {
                    TranslationService.write(em, c, existing, target, e.target(), e.state(), e.translator(), revision, user, now, null);
                } catch (ProblemException p) {
                    throw malformed(e.line(), p.getMessage());
                }
                if (existing == null) {
                    created++;
                } else {
                    updated++;
                }
                changes.add(new TranslationChange(c.getContentKey(), target, e.state().name(), user, now));
            }
            em.flush();
            return new Outcome(new ImportResult(target, created, updated, unchanged, skipped), changes);
        });
        outcome.changes().forEach(c -> events.post(LocalizationNotices.translationChanged(c)));
        return outcome.result();
    }

    /**
     * The revision a unit was translated from: the file's own, which must be the current or previous revision;
     * without one, the file's source text must be today's source (else nobody knows what was translated).
     */
    private static String revision(InterchangeEntry e, ContentEntity c) {
        if (e.revision() != null) {
            if (e.revision().equals(c.getSourceRevision()) && !e.source().equals(c.getSourceText())) {
                throw malformed(e.line(), "the source text of " + e.key() + " differs from the revision the file names ("
                        + e.revision() + "); was the source edited in the file?");
            }
            if (!e.revision().equals(c.getSourceRevision()) && !e.revision().equals(c.getPreviousRevision())) {
                throw malformed(e.line(), e.key() + " names revision " + e.revision() + ", which is neither the current ("
                        + c.getSourceRevision() + ") nor the previous one; export the file again");
            }
            return e.revision();
        }
        if (!e.source().equals(c.getSourceText())) {
            throw malformed(e.line(), "the source text of " + e.key() + " is not the current source and the file names no "
                    + "revision; export the file again");
        }
        return c.getSourceRevision();
    }

    private static InterchangeDocument parse(Format format, String body) {
        try {
            return format == Format.XLIFF ? Xliff2.read(body) : Po.read(body);
        } catch (InterchangeException e) {
            throw malformed(e.line(), e.getMessage());
        }
    }

    private static String fileLocale(String text, String field) {
        try {
            return LocaleTag.of(text).value();
        } catch (IllegalArgumentException e) {
            throw malformed(0, field + ": " + e.getMessage());
        }
    }

    static ProblemException malformed(int line, String message) {
        String detail = line > 0 ? "line " + line + ": " + message : message;
        ProblemException p = new ProblemException(400, "Invalid translation file", detail);
        if (line > 0) {
            p.with("line", line);
        }
        return p;
    }
}
