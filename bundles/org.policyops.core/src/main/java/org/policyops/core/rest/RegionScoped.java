package org.policyops.core.rest;

import java.util.Collection;

/**
 * Implemented by request bodies that belong to regions (an initiative, a learner, a launch). When a regional lead
 * sends one, the platform checks before the resource method runs that every region named is one of the lead's;
 * otherwise the request is refused with 403. A resource that changes an existing record checks the record's own
 * regions with {@link Access#requireRegions}.
 */
public interface RegionScoped {

    /** The region codes this body names, as sent (they are normalised before comparison). */
    Collection<String> regions();

    /** The role that may write such records in every region, e.g. {@link Roles#PLANNER}. */
    String domainRole();
}
