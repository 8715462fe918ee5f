package org.policyops.training.internal.dto;

import java.util.List;

import org.policyops.core.rest.FieldError;

/** What a CSV import did: rows created and updated, and the rows skipped with what is wrong with each. */
public record ImportReport(int created, int updated, List<BadRow> skipped) {

    /** A row that was not imported: its line in the file (the header is line 1) and the fields at fault. */
    public record BadRow(long line, List<FieldError> errors) {
    }
}
