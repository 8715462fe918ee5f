package org.policyops.core.internal.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.policyops.core.rest.PolicyOpsRest;

/** The one JAX-RS application of PolicyOps, under {@code /api}; domain resources attach to it by name. */
@Component(service = Application.class)
@JaxrsName(PolicyOpsRest.APPLICATION_NAME)
@JaxrsApplicationBase("api")
public class PolicyOpsApplication extends Application {
}
