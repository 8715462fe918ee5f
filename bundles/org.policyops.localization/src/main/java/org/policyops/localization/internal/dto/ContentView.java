package org.policyops.localization.internal.dto;

import java.time.Instant;

import org.policyops.localization.internal.entity.ContentEntity;

public record ContentView(long id, String key, String sourceLocale, String sourceText, String sourceRevision,
        String previousRevision, String policyKey, String policyVersion, Instant sourceChangedAt,
        String sourceChangeReason, String createdBy) {

    public static ContentView of(ContentEntity c) {
        return new ContentView(c.getId(), c.getContentKey(), c.getSourceLocale(), c.getSourceText(), c.getSourceRevision(),
                c.getPreviousRevision(), c.getPolicyKey(), c.getPolicyVersion(), c.getSourceChangedAt(),
                c.getSourceChangeReason(), c.getCreatedBy());
    }
}
