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
import org.policyops.localization.internal.dto.ContentRequest;
import org.policyops.localization.internal.dto.ContentView;
import org.policyops.localization.internal.dto.ReadinessView;
import org.policyops.core.rest.Tagged;
import org.policyops.localization.internal.dto.TranslationRequest;
import org.policyops.localization.internal.service.ContentService;
import org.policyops.localization.internal.service.TranslationService;

/**
 * {@code /api/localization/contents}: texts registered for translation, addressed by their key, which contains
 * slashes ({@code /contents/policy/hate-speech/statement-of-reasons}). Sub-resources: {@code /readiness?region=EU}
 * and {@code /translations[/{locale}]}. Registering and changing a source needs {@code localization}; writing a
 * translation needs {@code localization} or a regional lead whose region requires the locale. PUTs honour If-Match.
 */
@Component(service = ContentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("localization/contents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContentResource {

    private final ContentService contents;
    private final TranslationService translations;

    @Activate
    public ContentResource(@Reference ContentService contents, @Reference TranslationService translations) {
        this.contents = contents;
        this.translations = translations;
    }

    @GET
    public Response list(@QueryParam("prefix") String prefix, @QueryParam("policy") String policy, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        return Pages.response(contents.list(prefix, policy, RestSupport.page(limit, offset, sort, ContentService.SORTABLE,
                ContentService.DEFAULT_SORT)), uriInfo);
    }

    @POST
    @RolesAllowed(Roles.LOCALIZATION)
    public Response create(ContentRequest body, @Context SecurityContext caller, @Context UriInfo uriInfo) {
        Tagged<ContentView> created = contents.create(RestSupport.body(body), caller);
        return RestSupport.created(uriInfo.getBaseUriBuilder().path("localization/contents").path(created.body().key()).build(), created);
    }

    @GET
    @Path("{key: .+}/readiness")
    public Response readiness(@PathParam("key") String key, @QueryParam("region") String region) {
        if (region == null || region.isBlank()) {
            throw org.policyops.core.rest.ProblemException.badRequest("region", "is required, e.g. ?region=EU");
        }
        return Response.ok(ReadinessView.of(contents.readiness(key, region))).build();
    }

    @GET
    @Path("{key: .+}/translations")
    public Response translations(@PathParam("key") String key) {
        return Response.ok(translations.ofContent(key)).build();
    }

    @GET
    @Path("{key: .+}/translations/{locale}")
    public Response translation(@PathParam("key") String key, @PathParam("locale") String locale) {
        return RestSupport.ok(translations.get(key, locale));
    }

    @PUT
    @Path("{key: .+}/translations/{locale}")
    @RolesAllowed({ Roles.LOCALIZATION, Roles.REGIONAL_LEAD })
    public Response putTranslation(@PathParam("key") String key, @PathParam("locale") String locale,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TranslationRequest body, @Context SecurityContext caller) {
        return RestSupport.ok(translations.put(key, locale, ifMatch, RestSupport.body(body), caller));
    }

    @GET
    @Path("{key: .+}")
    public Response get(@PathParam("key") String key) {
        return RestSupport.ok(contents.get(key));
    }

    @PUT
    @Path("{key: .+}")
    @RolesAllowed(Roles.LOCALIZATION)
    public Response update(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ContentRequest body,
            @Context SecurityContext caller) {
        return RestSupport.ok(contents.update(key, ifMatch, RestSupport.body(body), caller));
    }
}
