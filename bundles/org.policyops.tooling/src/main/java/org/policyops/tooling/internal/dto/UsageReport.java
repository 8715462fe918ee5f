package org.policyops.tooling.internal.dto;

/** What a usage batch did: rows received, and of them new, changed and already stored as sent. */
public record UsageReport(int received, int created, int updated, int unchanged) {
}
