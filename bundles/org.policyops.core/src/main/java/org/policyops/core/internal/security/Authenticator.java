package org.policyops.core.internal.security;

import java.util.Optional;

import org.policyops.core.rest.PolicyOpsPrincipal;

/** Checks a user name and password; empty when they are wrong. */
public interface Authenticator {

    Optional<PolicyOpsPrincipal> authenticate(String user, char[] password);

    /**
     * Checks a user name and password sent from a client address (null when unknown), counting failures against
     * both.
     *
     * @throws LoginThrottledException while the user or the address is cooling down after too many failures
     */
    default Optional<PolicyOpsPrincipal> authenticate(String user, char[] password, String address) {
        return authenticate(user, password);
    }
}
