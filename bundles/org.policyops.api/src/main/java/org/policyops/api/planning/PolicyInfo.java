package org.policyops.api.planning;

/** A policy of the catalog, as other domains see it. */
public record PolicyInfo(String key, String name, String area, String owningTeam) {
}
