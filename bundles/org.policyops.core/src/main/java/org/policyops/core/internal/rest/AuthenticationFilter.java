package org.policyops.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.internal.security.Authenticator;
import org.policyops.core.internal.security.LoginThrottledException;
import org.policyops.core.rest.PolicyOpsPrincipal;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;

/**
 * Reads HTTP Basic credentials and sets the request's {@link SecurityContext}. Wrong credentials are refused at
 * once (401); a request without credentials goes on anonymous, and {@link AuthorizationFeature} decides whether
 * the resource it reaches may be used so. After too many failed logins of a user or from an address, logins are
 * refused for a while: 429 with {@code Retry-After} (the limits are security settings, see {@link Authenticator}).
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private final Authenticator authenticator;

    /** The request as the web server sees it, for the client's address (a thread-local proxy). */
    @javax.ws.rs.core.Context
    HttpServletRequest servletRequest;

    @Activate
    public AuthenticationFilter(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean secure = request.getUriInfo().getRequestUri().getScheme().equals("https");
        if (header == null || header.isBlank()) {
            request.setSecurityContext(new Context(null, secure));
            return;
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("Only HTTP Basic authentication is supported: send Authorization: Basic base64(user:password).");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("The Authorization header is not valid Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized("The Authorization header must carry user:password.");
        }
        Optional<PolicyOpsPrincipal> principal;
        try {
            principal = authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                    clientAddress());
        } catch (LoginThrottledException e) {
            throw new ProblemException(429, "Too many failed logins",
                    "Too many failed logins for this user or from this address: logins are refused for now. Retry after "
                            + e.retryAfterSeconds() + " seconds.")
                    .with("retryAfter", e.retryAfterSeconds());
        }
        if (principal.isEmpty()) {
            throw unauthorized("Wrong user name or password.");
        }
        request.setSecurityContext(new Context(principal.get(), secure));
    }

    private String clientAddress() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail);
    }

    /** The security context of one request. */
    static final class Context implements SecurityContext {
        private final PolicyOpsPrincipal principal;
        private final boolean secure;

        Context(PolicyOpsPrincipal principal, boolean secure) {
            this.principal = principal;
            this.secure = secure;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal != null && principal.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return principal == null ? null : BASIC_AUTH;
        }
    }
}
