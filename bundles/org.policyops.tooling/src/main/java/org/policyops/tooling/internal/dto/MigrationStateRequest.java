package org.policyops.tooling.internal.dto;

/** Body of {@code POST /tooling/migrations/{id}/state}: IN_PROGRESS, DONE or CANCELLED. */
public record MigrationStateRequest(String state) {
}
