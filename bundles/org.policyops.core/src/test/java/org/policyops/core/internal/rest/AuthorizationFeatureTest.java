package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.policyops.core.internal.rest.AuthorizationFeature.Rule;
import org.policyops.core.rest.ProblemException;

class AuthorizationFeatureTest {

    @RolesAllowed("planner")
    static class PlanResource {
        public void list() {
        }

        @PermitAll
        public void health() {
        }

        @DenyAll
        public void purge() {
        }

        @RolesAllowed({ "trainer", "tooling" })
        public void train() {
        }
    }

    @DenyAll
    static class ClosedResource {
        @PermitAll
        public void open() {
        }

        public void closed() {
        }
    }

    static class PlainResource {
        public void anything() {
        }
    }

    private static Rule rule(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return AuthorizationFeature.ruleFor(m, type);
    }

    private static final Rule PLANNERS = new Rule(false, false, List.of("planner"));
    private static final Rule AUTHENTICATED = new Rule(false, false, null);
    private static final Rule PERMIT_ALL = new Rule(true, false, null);
    private static final Rule DENY_ALL = new Rule(false, true, null);

    private static SecurityContext user(String name, String... roles) {
        SecurityContext sc = mock(SecurityContext.class);
        Principal principal = () -> name;
        when(sc.getUserPrincipal()).thenReturn(principal);
        Set<String> held = Set.of(roles);
        when(sc.isUserInRole(any())).thenAnswer(i -> held.contains(i.getArgument(0, String.class)));
        return sc;
    }

    private static SecurityContext anonymous() {
        return mock(SecurityContext.class);
    }

    // ---- which rule applies

    @Test
    void aMethodWithoutAnnotationsFollowsItsClass() throws Exception {
        assertEquals(PLANNERS, rule(PlanResource.class, "list"));
    }

    @Test
    void rolesAllowedOnTheMethodOverridesTheClass() throws Exception {
        assertEquals(new Rule(false, false, List.of("trainer", "tooling")), rule(PlanResource.class, "train"));
    }

    @Test
    void permitAllOnTheMethodOverridesTheClassRoles() throws Exception {
        assertEquals(PERMIT_ALL, rule(PlanResource.class, "health"));
    }

    @Test
    void denyAllOnTheMethodOverridesTheClassRoles() throws Exception {
        assertEquals(DENY_ALL, rule(PlanResource.class, "purge"));
    }

    @Test
    void permitAllOnTheMethodOpensAMethodOfAClosedClass() throws Exception {
        assertEquals(PERMIT_ALL, rule(ClosedResource.class, "open"));
        assertEquals(DENY_ALL, rule(ClosedResource.class, "closed"));
    }

    @Test
    void withoutAnyAnnotationAnAuthenticatedUserIsNeeded() throws Exception {
        assertEquals(AUTHENTICATED, rule(PlainResource.class, "anything"));
    }

    // ---- enforcing the rule

    @Test
    void permitAllLetsAnonymousCallersIn() {
        assertDoesNotThrow(() -> AuthorizationFeature.check(PERMIT_ALL, anonymous()));
        assertDoesNotThrow(() -> AuthorizationFeature.check(PERMIT_ALL, null));
    }

    @Test
    void anonymousCallersGet401() {
        ProblemException e = assertThrows(ProblemException.class, () -> AuthorizationFeature.check(AUTHENTICATED, anonymous()));

        assertEquals(401, e.status());
    }

    @Test
    void anonymousCallersGet401EvenWhereRolesAreNeeded() {
        assertEquals(401, assertThrows(ProblemException.class, () -> AuthorizationFeature.check(PLANNERS, null)).status());
    }

    @Test
    void anyAuthenticatedUserPassesAMethodWithoutRoles() {
        assertDoesNotThrow(() -> AuthorizationFeature.check(AUTHENTICATED, user("vic", "viewer")));
    }

    @Test
    void aUserWithOneOfTheRolesPasses() {
        Rule rule = new Rule(false, false, List.of("trainer", "tooling"));

        assertDoesNotThrow(() -> AuthorizationFeature.check(rule, user("tom", "tooling")));
    }

    @Test
    void anAdminPassesEveryRoleCheck() {
        assertDoesNotThrow(() -> AuthorizationFeature.check(PLANNERS, user("root", "admin")));
        assertDoesNotThrow(() -> AuthorizationFeature.check(new Rule(false, false, List.of()), user("root", "admin")));
    }

    @Test
    void aUserWithTheWrongRoleGets403NamingTheRequiredRoles() {
        ProblemException e = assertThrows(ProblemException.class, () -> AuthorizationFeature.check(PLANNERS, user("vic", "viewer")));

        assertEquals(403, e.status());
        assertEquals(List.of("planner"), e.extensions().get("requiredRoles"));
        assertTrue(e.detail().contains("'vic'"), e.detail());
    }

    @Test
    void denyAllRefusesEvenAnAdmin() {
        assertEquals(403, assertThrows(ProblemException.class, () -> AuthorizationFeature.check(DENY_ALL, user("root", "admin"))).status());
    }

    @Test
    void configureRegistersAFilterThatEnforcesTheMethodsRule() throws Exception {
        ResourceInfo info = mock(ResourceInfo.class);
        doReturn(PlanResource.class).when(info).getResourceClass();
        when(info.getResourceMethod()).thenReturn(PlanResource.class.getMethod("list"));
        FeatureContext context = mock(FeatureContext.class);

        new AuthorizationFeature().configure(info, context);

        ArgumentCaptor<Object> registered = ArgumentCaptor.forClass(Object.class);
        verify(context).register(registered.capture());
        AuthorizationFeature.RoleCheck check = assertInstanceOf(AuthorizationFeature.RoleCheck.class, registered.getValue());
        SecurityContext viewer = user("vic", "viewer");
        SecurityContext planner = user("pia", "planner");
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getSecurityContext()).thenReturn(viewer);
        assertEquals(403, assertThrows(ProblemException.class, () -> check.filter(request)).status());
        when(request.getSecurityContext()).thenReturn(planner);
        assertDoesNotThrow(() -> check.filter(request));
    }
}
