package org.policyops.metrics.internal.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.policyops.metrics.internal.domain.Series;

/** {@code GET /api/metrics/kpis/{id}/series}: one line per combination of dimensions, read by period. */
public record SeriesView(String kpi, String unit, String direction, double target, double warning, double critical,
        String period, LocalDate from, LocalDate to, List<Line> series) {

    public record Line(Map<String, String> dimensions, List<Series.Point> points) {
    }
}
