package org.policyops.tooling.internal.dto;

import java.util.List;

/**
 * Body of {@code POST /tooling/usage}: {@code {"rows":[...]}}. An object rather than a bare array, so that the body is
 * read whole like every other (and an oversized one is refused as such, 413).
 */
public record UsageBatch(List<UsageRow> rows) {
}
