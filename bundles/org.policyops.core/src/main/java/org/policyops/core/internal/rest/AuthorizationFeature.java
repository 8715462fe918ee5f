package org.policyops.core.internal.rest;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;

/**
 * Enforces the security annotations of every resource method: {@code @PermitAll} is open to anyone,
 * {@code @RolesAllowed} needs one of the roles (or {@code admin}), {@code @DenyAll} is closed, and a method with
 * none of them still needs an authenticated user. Method annotations win over class annotations.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
public class AuthorizationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new RoleCheck(ruleFor(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())));
    }

    /** What a method requires: null roles means any authenticated user. */
    record Rule(boolean permitAll, boolean denyAll, List<String> roles) {
    }

    static Rule ruleFor(AnnotatedElement method, AnnotatedElement type) {
        for (AnnotatedElement e : new AnnotatedElement[] { method, type }) {
            if (e == null) {
                continue;
            }
            if (e.isAnnotationPresent(DenyAll.class)) {
                return new Rule(false, true, null);
            }
            if (e.isAnnotationPresent(PermitAll.class)) {
                return new Rule(true, false, null);
            }
            RolesAllowed roles = e.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return new Rule(false, false, Arrays.asList(roles.value()));
            }
        }
        return new Rule(false, false, null);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final Rule rule;

        RoleCheck(Rule rule) {
            this.rule = rule;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            check(rule, request.getSecurityContext());
        }
    }

    static void check(Rule rule, SecurityContext sc) {
        if (rule.permitAll()) {
            return;
        }
        if (rule.denyAll()) {
            throw ProblemException.forbidden("This operation is not available.");
        }
        if (sc == null || sc.getUserPrincipal() == null) {
            throw new ProblemException(401, "Unauthorized", "Log in with HTTP Basic authentication to use this resource.");
        }
        if (rule.roles() == null || sc.isUserInRole(Roles.ADMIN)) {
            return;
        }
        for (String role : rule.roles()) {
            if (sc.isUserInRole(role)) {
                return;
            }
        }
        throw ProblemException.forbidden("User '" + sc.getUserPrincipal().getName() + "' lacks the role for this: it needs one of "
                + rule.roles() + " or admin.").with("requiredRoles", rule.roles());
    }
}
