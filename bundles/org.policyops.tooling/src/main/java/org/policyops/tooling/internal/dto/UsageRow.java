package org.policyops.tooling.internal.dto;

/**
 * One row of {@code POST /tooling/usage}: a user's actions in a tool on a day (UTC), with the user's region. Sending the
 * same tool, user and day again replaces the row, so a batch can be sent twice without counting twice.
 */
public record UsageRow(String tool, String user, String region, String day, Long actions) {
}
