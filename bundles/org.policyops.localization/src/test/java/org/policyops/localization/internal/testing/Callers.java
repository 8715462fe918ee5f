package org.policyops.localization.internal.testing;

import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.policyops.core.rest.PolicyOpsPrincipal;

/** Security contexts of test users. */
public final class Callers {

    private Callers() {
    }

    public static SecurityContext as(String name, String... roles) {
        PolicyOpsPrincipal p = new PolicyOpsPrincipal(name, Set.of(roles));
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return p;
            }

            @Override
            public boolean isUserInRole(String role) {
                return p.hasRole(role);
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
