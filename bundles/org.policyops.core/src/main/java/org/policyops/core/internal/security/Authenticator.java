package org.policyops.core.internal.security;

import java.util.Optional;

import org.policyops.core.rest.PolicyOpsPrincipal;

/** Checks a user name and password; empty when they are wrong. */
public interface Authenticator {

    Optional<PolicyOpsPrincipal> authenticate(String user, char[] password);
}
