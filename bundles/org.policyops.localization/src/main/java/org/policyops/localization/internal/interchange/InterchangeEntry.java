package org.policyops.localization.internal.interchange;

import org.policyops.localization.internal.domain.TranslationState;

/**
 * One translation unit of an XLIFF or PO file: the content key, the source revision the target was made from
 * (null when the file does not say), source and target text (target null when there is none), the status, the
 * translator, and the line it starts on, for error messages.
 */
public record InterchangeEntry(String key, String revision, String source, String target, TranslationState state,
        String translator, int line) {
}
