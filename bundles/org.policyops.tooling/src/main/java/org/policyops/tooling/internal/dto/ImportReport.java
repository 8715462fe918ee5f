package org.policyops.tooling.internal.dto;

import java.util.List;

/** What an import of catalog-info.yaml did: the keys created, updated and left as they were. */
public record ImportReport(List<String> created, List<String> updated, List<String> unchanged) {
}
