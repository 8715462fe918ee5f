package org.policyops.planning.internal.dto;

import java.util.List;

/** A page of the ranked portfolio: the list shape of every endpoint, plus the id of the model that ranked it. */
public record PortfolioPage(String model, List<PortfolioEntry> items, long total, int limit, int offset) {
}
