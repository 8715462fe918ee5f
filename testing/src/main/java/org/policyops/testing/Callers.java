package org.policyops.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

/**
 * Security contexts of test callers, as the core's authentication filter sets them: the principal is a
 * {@code org.policyops.core.rest.PolicyOpsPrincipal}, so region checks ({@code Access}) see a regional lead's regions.
 *
 * <p>The principal class is loaded by name: policyops-testing cannot depend on org.policyops.core, whose own unit
 * tests use policyops-testing (Maven refuses the cycle). Every test that calls this has the core on its class path.
 */
public final class Callers {

    /** Role names of {@code org.policyops.core.rest.Roles}, repeated here for the reason above. */
    public static final String ADMIN = "admin";
    public static final String PLANNER = "planner";
    public static final String REGIONAL_LEAD = "regional-lead";
    public static final String REGION_PREFIX = "region:";

    private static final String PRINCIPAL = "org.policyops.core.rest.PolicyOpsPrincipal";

    private Callers() {
    }

    public static SecurityContext admin(String name) {
        return of(name, Set.of(ADMIN));
    }

    public static SecurityContext planner(String name) {
        return of(name, Set.of(PLANNER));
    }

    /** A regional lead for the given regions, e.g. {@code lead("e.lead", "EU", "UK")}. */
    public static SecurityContext lead(String name, String... regions) {
        Set<String> roles = new HashSet<>();
        roles.add(REGIONAL_LEAD);
        for (String r : regions) {
            roles.add(REGION_PREFIX + r);
        }
        return of(name, roles);
    }

    /** A caller with exactly these roles, e.g. {@code as("t.ranslator", "localization")}. */
    public static SecurityContext as(String name, String... roles) {
        return of(name, Set.of(roles));
    }

    public static SecurityContext of(String name, Set<String> roles) {
        Principal principal = principal(name, roles);
        Set<String> held = Set.copyOf(roles);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return held.contains(role);
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

    private static Principal principal(String name, Set<String> roles) {
        try {
            Constructor<?> c = Class.forName(PRINCIPAL).getConstructor(String.class, Set.class);
            return (Principal) c.newInstance(name, roles);
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Callers needs " + PRINCIPAL + " (org.policyops.core) on the test class path", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
