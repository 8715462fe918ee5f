package org.policyops.localization.internal.interchange;

import java.util.List;

/** A parsed or to-be-written interchange file: one source and one target locale, and its units in file order. */
public record InterchangeDocument(String sourceLocale, String targetLocale, List<InterchangeEntry> entries) {

    public InterchangeDocument {
        entries = List.copyOf(entries);
    }
}
