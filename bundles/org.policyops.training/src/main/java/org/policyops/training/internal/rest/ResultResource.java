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
import org.policyops.training.internal.dto.ResultRequest;
import org.policyops.training.internal.dto.ResultView;
import org.policyops.training.internal.service.CertificationService;

/**
 * {@code /api/training/results}: assessment results. Recording one may grant a certification (a pass) or withdraw
 * one (a score under the proficiency threshold). Trainers record results of everyone, regional leads of the
 * learners of their regions. Results are never changed.
 */
@Component(service = ResultResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    private final CertificationService certifications;

    @Activate
    public ResultResource(@Reference CertificationService certifications) {
        this.certifications = certifications;
    }

    @GET
    public Response list(@QueryParam("learner") String learner, @QueryParam("course") String course,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(certifications.results(learner, course, RestSupport.page(limit, offset, sort,
                CertificationService.RESULT_SORTABLE, "-takenAt")), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER, Roles.REGIONAL_LEAD })
    public Response create(ResultRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        ResultView created = certifications.record(RestSupport.body(body), caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public ResultView get(@PathParam("id") String id) {
        return certifications.result(RestSupport.id(id, "result"));
    }
}
