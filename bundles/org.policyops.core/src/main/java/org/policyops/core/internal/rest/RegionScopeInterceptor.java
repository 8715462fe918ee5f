package org.policyops.core.internal.rest;

import java.io.IOException;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RegionScoped;

/** Refuses a regional lead's request body that names regions outside the lead's own, before any resource code runs. */
@Component(service = ReaderInterceptor.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
public class RegionScopeInterceptor implements ReaderInterceptor {

    @Context
    SecurityContext securityContext;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (entity instanceof RegionScoped scoped) {
            Access.requireRegions(securityContext, scoped.domainRole(), scoped.regions() == null ? java.util.List.of() : scoped.regions());
        }
        return entity;
    }
}
