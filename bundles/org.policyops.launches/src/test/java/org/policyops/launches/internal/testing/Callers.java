package org.policyops.launches.internal.testing;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.policyops.core.rest.PolicyOpsPrincipal;
import org.policyops.core.rest.Roles;

/** Security contexts as the core's authentication filter would set them. */
public final class Callers {

    private Callers() {
    }

    public static SecurityContext admin(String name) {
        return of(name, Set.of(Roles.ADMIN));
    }

    public static SecurityContext planner(String name) {
        return of(name, Set.of(Roles.PLANNER));
    }

    /** A regional lead for the given regions, e.g. {@code lead("e.lead", "EU", "UK")}. */
    public static SecurityContext lead(String name, String... regions) {
        Set<String> roles = new HashSet<>();
        roles.add(Roles.REGIONAL_LEAD);
        for (String r : regions) {
            roles.add(Roles.REGION_PREFIX + r);
        }
        return of(name, roles);
    }

    public static SecurityContext of(String name, Set<String> roles) {
        PolicyOpsPrincipal principal = new PolicyOpsPrincipal(name, roles);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
