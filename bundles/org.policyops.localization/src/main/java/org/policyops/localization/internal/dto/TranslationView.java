package org.policyops.localization.internal.dto;

import java.time.Instant;

import org.policyops.localization.internal.entity.TranslationEntity;

/** A translation as stored, with {@code stale} = made from another revision than the content's current one. */
public record TranslationView(long id, String contentKey, String locale, String text, String status,
        String translator, String sourceRevision, String currentSourceRevision, boolean stale, Instant updatedAt,
        String updatedBy) {

    public static TranslationView of(TranslationEntity t, String contentKey, String currentRevision) {
        return new TranslationView(t.getId(), contentKey, t.getLocale(), t.getText(), t.getStatus().name(), t.getTranslator(),
                t.getSourceRevision(), currentRevision, !t.getSourceRevision().equals(currentRevision), t.getUpdatedAt(),
                t.getUpdatedBy());
    }
}
