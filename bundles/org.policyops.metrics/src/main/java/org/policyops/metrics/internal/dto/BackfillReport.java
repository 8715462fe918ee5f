package org.policyops.metrics.internal.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * What a backfill recorded.
 *
 * @param kpis the KPIs recorded (those whose provider can compute past days)
 * @param notBackfillable KPIs measured only as they stand now, so left out
 * @param failed KPIs whose provider failed (see the log)
 * @param values values written
 * @param alreadyRecorded KPI × day pairs that held values already and were kept
 */
public record BackfillReport(LocalDate from, LocalDate to, int days, List<String> kpis, List<String> notBackfillable,
        List<String> failed, int values, int alreadyRecorded) {
}
