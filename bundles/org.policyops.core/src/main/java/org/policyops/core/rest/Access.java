package org.policyops.core.rest;

import java.util.Collection;
import java.util.TreeSet;

import javax.ws.rs.core.SecurityContext;

import org.policyops.api.RegionCode;

/** Who is calling, and whether a regional lead may touch the regions of a record. */
public final class Access {

    private Access() {
    }

    /** The caller's name, for audit fields ("moved by"); "anonymous" when the request carried no credentials. */
    public static String userName(SecurityContext sc) {
        return sc == null || sc.getUserPrincipal() == null ? "anonymous" : sc.getUserPrincipal().getName();
    }

    /**
     * Refuses (403) a regional lead that writes records outside its regions. Callers with {@code admin} or the
     * domain's role pass. Region codes that do not parse never match.
     */
    public static void requireRegions(SecurityContext sc, String domainRole, Collection<String> regions) {
        if (sc == null || !(sc.getUserPrincipal() instanceof PolicyOpsPrincipal p) || !p.isRegionScoped(domainRole)) {
            return;
        }
        if (regions == null) {
            regions = java.util.List.of();
        }
        TreeSet<String> outside = new TreeSet<>();
        for (String region : regions) {
            RegionCode code;
            try {
                code = RegionCode.of(region);
            } catch (IllegalArgumentException e) {
                continue; // validation reports it
            }
            if (!p.regions().contains(code)) {
                outside.add(code.value());
            }
        }
        if (regions.isEmpty()) {
            throw ProblemException.forbidden("A regional lead may only write records that name its regions ("
                    + p.regions() + "); this one names none, so it is global.");
        }
        if (!outside.isEmpty()) {
            throw ProblemException.forbidden("As a regional lead for " + p.regions() + " you may not write records of "
                    + outside + ". Ask a user with the " + domainRole + " role.");
        }
    }
}
