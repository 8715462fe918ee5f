package org.policyops.api.localization;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.RegionCode;

/**
 * The catalog of regional compliance requirements (regulation, article, what it demands, the evidence expected),
 * registered by the localization feature and shipped with real ones; compliance rules name the requirements they
 * check by id, and readiness shows them with the findings.
 */
@ProviderType
public interface RequirementCatalog {

    /** EU Digital Services Act, Art. 17: statement of reasons to the users affected by a restriction. */
    String EU_DSA_ART17 = "EU-DSA-17";

    /** EU Digital Services Act, Art. 14: terms and conditions in the official languages of the member states served. */
    String EU_DSA_ART14 = "EU-DSA-14";

    /** UK Online Safety Act 2023, s. 9: illegal content risk assessment of a user-to-user service. */
    String UK_OSA_ILLEGAL_CONTENT_RISK_ASSESSMENT = "UK-OSA-9";

    Optional<RequirementInfo> find(String id);

    /** The requirements of one region, by id. */
    List<RequirementInfo> forRegion(RegionCode region);
}
