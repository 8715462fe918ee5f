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
import org.policyops.localization.internal.domain.TranslationState;
import org.policyops.localization.internal.interchange.Po;
import org.policyops.localization.internal.interchange.Xliff2;
import org.policyops.localization.internal.service.InterchangeService;
import org.policyops.localization.internal.service.InterchangeService.Format;
import org.policyops.localization.internal.service.TranslationService;

/**
 * {@code /api/localization/translations}: all translations, filtered ({@code content}, {@code locale},
 * {@code status}, {@code stale}); {@code /summary} counts them per locale and status; {@code /export} and
 * {@code /import} exchange XLIFF 2 and gettext PO files with translators' tools. An import is all or nothing.
 */
@Component(service = TranslationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("localization/translations")
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {

    private final TranslationService translations;
    private final InterchangeService interchange;

    @Activate
    public TranslationResource(@Reference TranslationService translations, @Reference InterchangeService interchange) {
        this.translations = translations;
        this.interchange = interchange;
    }

    @GET
    public Response list(@QueryParam("content") String content, @QueryParam("locale") String locale,
            @QueryParam("status") String status, @QueryParam("stale") String stale, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        TranslationState s;
        try {
            s = status == null || status.isBlank() ? null : TranslationState.parse(status);
        } catch (IllegalArgumentException e) {
            throw org.policyops.core.rest.ProblemException.badRequest("status", e.getMessage());
        }
        TranslationService.Filter filter = new TranslationService.Filter(RestSupport.text(content), RestSupport.locale("locale", locale), s,
                RestSupport.bool("stale", stale));
        return Pages.response(translations.list(filter, RestSupport.page(limit, offset, sort, TranslationService.SORTABLE,
                TranslationService.DEFAULT_SORT)), uriInfo);
    }

    @GET
    @Path("summary")
    public Response summary(@QueryParam("content") String content) {
        return Response.ok(translations.summary(RestSupport.text(content))).build();
    }

    @GET
    @Path("export")
    @Produces({ Xliff2.MEDIA_TYPE, Po.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public Response export(@QueryParam("format") String format, @QueryParam("locale") String locale,
            @QueryParam("source") String source, @QueryParam("prefix") String prefix) {
        Format f = Format.parse(format);
        if (locale == null || locale.isBlank()) {
            throw org.policyops.core.rest.ProblemException.badRequest("locale", "is required: the target locale, e.g. ?locale=de");
        }
        String file = interchange.export(f, locale, RestSupport.text(source), RestSupport.text(prefix));
        String name = "policyops-" + locale.trim() + "." + f.extension();
        return Response.ok(file, f.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }

    @POST
    @Path("import")
    @Consumes({ Xliff2.MEDIA_TYPE, Po.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.LOCALIZATION, Roles.REGIONAL_LEAD })
    public Response importFile(@QueryParam("format") String format, String body, @Context SecurityContext caller) {
        return Response.ok(interchange.importFile(Format.parse(format), body, caller)).build();
    }
}
