package org.policyops.core.rest;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.policyops.api.RegionCode;

/**
 * The authenticated caller of a request, as {@code SecurityContext.getUserPrincipal()} returns it: the user name,
 * the PolicyOps roles, and, for a regional lead, the regions it may write. A caller that signed in with an API token
 * also carries the token's id, so that what it does can be told apart from its owner's own requests.
 */
public final class PolicyOpsPrincipal implements Principal {

    private final String name;
    private final Set<String> roles;
    private final Set<RegionCode> regions;
    private final String token;

    public PolicyOpsPrincipal(String name, Set<String> roles) {
        this(name, roles, null);
    }

    /** A caller authenticated by the API token {@code token} (its id, never its secret) of user {@code name}. */
    public PolicyOpsPrincipal(String name, Set<String> roles, String token) {
        this.name = name;
        this.token = token;
        this.roles = Set.copyOf(roles);
        Set<RegionCode> r = new TreeSet<>();
        for (String role : roles) {
            if (role.startsWith(Roles.REGION_PREFIX)) {
                try {
                    r.add(RegionCode.of(role.substring(Roles.REGION_PREFIX.length())));
                } catch (IllegalArgumentException ignored) {
                    // A malformed region role grants nothing; it is shown as is in the role list.
                }
            }
        }
        this.regions = Set.copyOf(r);
    }

    @Override
    public String getName() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The regions named by {@code region:XX} roles. */
    public Set<RegionCode> regions() {
        return regions;
    }

    /** The id of the API token the caller signed in with; empty for a password login. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * True when the caller's writes are limited to its regions: a regional lead that holds neither
     * {@code admin} nor the domain's own role.
     */
    public boolean isRegionScoped(String domainRole) {
        return hasRole(Roles.REGIONAL_LEAD) && !hasRole(Roles.ADMIN) && !hasRole(domainRole);
    }

    @Override
    public String toString() {
        return name;
    }
}
