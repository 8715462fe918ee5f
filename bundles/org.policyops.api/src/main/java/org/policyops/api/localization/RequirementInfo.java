package org.policyops.api.localization;

import org.policyops.api.RegionCode;

/**
 * One regional compliance requirement.
 *
 * @param id e.g. {@code EU-DSA-17}
 * @param regulation e.g. "EU Digital Services Act (Regulation (EU) 2022/2065)"
 * @param article e.g. "Art. 17"
 * @param region the region it applies in
 * @param title a short name, e.g. "Statement of reasons"
 * @param demands what it demands, in a sentence or two
 * @param evidenceExpected the evidence a platform is expected to keep
 */
public record RequirementInfo(String id, String regulation, String article, RegionCode region, String title,
        String demands, String evidenceExpected) {
}
