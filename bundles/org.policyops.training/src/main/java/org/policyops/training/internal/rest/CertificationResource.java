package org.policyops.training.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.training.internal.dto.CertificationView;
import org.policyops.training.internal.service.CertificationService;

/** {@code /api/training/certifications}: read-only; certifications come from results and the recertification triggers. */
@Component(service = CertificationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/certifications")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource {

    private final CertificationService certifications;

    @Activate
    public CertificationResource(@Reference CertificationService certifications) {
        this.certifications = certifications;
    }

    @GET
    public Response list(@QueryParam("learner") String learner, @QueryParam("policy") String policy,
            @QueryParam("course") String course, @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(certifications.certifications(learner, policy, course, status, RestSupport.page(limit,
                offset, sort, CertificationService.CERT_SORTABLE, "-grantedAt")), uriInfo);
    }

    @GET
    @Path("{id}")
    public CertificationView get(@PathParam("id") String id) {
        return certifications.certification(RestSupport.id(id, "certification"));
    }
}
