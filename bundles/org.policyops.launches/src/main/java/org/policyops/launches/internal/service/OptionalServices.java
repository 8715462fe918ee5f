package org.policyops.launches.internal.service;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.policyops.api.localization.RequirementCatalog;
import org.policyops.api.planning.PolicyCatalog;

/**
 * The other domains' services the launches domain uses when their features are installed: the policy catalog
 * (planning) to validate launches and capture version dates, and the requirement catalog (localization) to show
 * requirement details with readiness. Both come and go at runtime; without them the domain works alone.
 */
@Component(service = OptionalServices.class)
public class OptionalServices {

    private volatile PolicyCatalog policyCatalog;
    private volatile RequirementCatalog requirementCatalog;

    public OptionalServices() {
    }

    /** Outside OSGi (tests). */
    public OptionalServices(PolicyCatalog policyCatalog, RequirementCatalog requirementCatalog) {
        this.policyCatalog = policyCatalog;
        this.requirementCatalog = requirementCatalog;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPolicyCatalog(PolicyCatalog catalog) {
        this.policyCatalog = catalog;
    }

    void unsetPolicyCatalog(PolicyCatalog catalog) {
        if (this.policyCatalog == catalog) {
            this.policyCatalog = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRequirementCatalog(RequirementCatalog catalog) {
        this.requirementCatalog = catalog;
    }

    void unsetRequirementCatalog(RequirementCatalog catalog) {
        if (this.requirementCatalog == catalog) {
            this.requirementCatalog = null;
        }
    }

    public Optional<PolicyCatalog> policyCatalog() {
        return Optional.ofNullable(policyCatalog);
    }

    public Optional<RequirementCatalog> requirementCatalog() {
        return Optional.ofNullable(requirementCatalog);
    }
}
