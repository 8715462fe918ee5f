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
import org.policyops.training.internal.dto.CurriculumRequest;
import org.policyops.training.internal.dto.CurriculumView;
import org.policyops.core.rest.Tagged;
import org.policyops.training.internal.service.CurriculumService;

/** {@code /api/training/curricula}: ordered courses. Anyone logged in reads; trainers write. */
@Component(service = CurriculumResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("training/curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurriculumResource {

    private final CurriculumService curricula;

    @Activate
    public CurriculumResource(@Reference CurriculumService curricula) {
        this.curricula = curricula;
    }

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(curricula.list(RestSupport.page(limit, offset, sort, CurriculumService.SORTABLE,
                "code")), uriInfo);
    }

    @POST
    @RolesAllowed({ Roles.TRAINER })
    public Response create(CurriculumRequest body, @Context UriInfo uriInfo) {
        Tagged<CurriculumView> created = curricula.create(RestSupport.body(body));
        return RestSupport.created(uriInfo.getAbsolutePathBuilder().path(created.body().code()).build(), created);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        return RestSupport.ok(curricula.get(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({ Roles.TRAINER })
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CurriculumRequest body) {
        return RestSupport.ok(curricula.update(code, ifMatch, RestSupport.body(body)));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({ Roles.TRAINER })
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        curricula.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
