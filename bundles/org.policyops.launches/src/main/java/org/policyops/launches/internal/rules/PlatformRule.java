package org.policyops.launches.internal.rules;

import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.api.compliance.ComplianceRule;

/** What the platform's own rules share: they apply in every region and their ids start with {@code platform.}. */
abstract class PlatformRule implements ComplianceRule {

    @Override
    public Set<RegionCode> regions() {
        return Set.of();
    }
}
