package org.policyops.tooling.internal.dto;

import java.util.List;

/**
 * What an import of catalog-info.yaml did: the keys created, updated and left as they were, and the documents of
 * other kinds (Group, API, System...) that were passed over.
 */
public record ImportReport(List<String> created, List<String> updated, List<String> unchanged, List<String> skipped) {
}
