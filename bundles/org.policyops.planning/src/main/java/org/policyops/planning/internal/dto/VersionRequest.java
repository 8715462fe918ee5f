package org.policyops.planning.internal.dto;

import java.time.Instant;

import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.Validator;

/**
 * Body of {@code POST /planning/policies/{key}/versions}. {@code startedAt} backfills when development began; it
 * defaults to now.
 */
public record VersionRequest(String version, String summary, Instant startedAt) {

    public record Content(SemanticVersion version, String summary, Instant startedAt) {
    }

    public Content validate() {
        Validator v = new Validator();
        SemanticVersion number = v.parse("version", v.requireText("version", version, 24), SemanticVersion::parse);
        String s = v.requireText("summary", summary, 2000);
        v.throwIfInvalid();
        return new Content(number, s, startedAt);
    }
}
