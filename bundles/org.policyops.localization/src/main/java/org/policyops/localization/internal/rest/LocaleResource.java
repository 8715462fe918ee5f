package org.policyops.localization.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import org.policyops.localization.internal.dto.LocaleRequest;
import org.policyops.localization.internal.dto.LocaleView;
import org.policyops.localization.internal.service.RegionService;

/** {@code /api/localization/locales}: the BCP 47 locales content can be translated into; administrators add more. */
@Component(service = LocaleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("localization/locales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocaleResource {

    private final RegionService regions;

    @Activate
    public LocaleResource(@Reference RegionService regions) {
        this.regions = regions;
    }

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return Pages.response(regions.listLocales(RestSupport.page(limit, offset, sort, RegionService.LOCALE_SORTABLE,
                RegionService.LOCALE_DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(LocaleRequest body, @Context UriInfo uriInfo) {
        LocaleView created = regions.createLocale(RestSupport.body(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.tag()).build()).entity(created).build();
    }
}
