package org.policyops.training.internal.dto;

import java.util.List;

import org.policyops.core.csv.CsvRows;

/** What a CSV import did: rows created and updated, and the rows skipped with what is wrong with each. */
public record ImportReport(int created, int updated, List<CsvRows.BadRow> skipped) {
}
