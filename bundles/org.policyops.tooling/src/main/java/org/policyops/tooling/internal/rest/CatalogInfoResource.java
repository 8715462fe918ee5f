package org.policyops.tooling.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.Roles;
import org.policyops.tooling.internal.backstage.CatalogInfo;
import org.policyops.tooling.internal.dto.ImportReport;
import org.policyops.tooling.internal.service.BackstageService;

/**
 * {@code /api/tooling/catalog-info}: the registry as Backstage {@code catalog-info.yaml} (GET), and an import of
 * such a file, all its documents in one transaction (POST; the tooling role, or regional leads for tools of their
 * regions).
 */
@Component(service = CatalogInfoResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("tooling/catalog-info")
public class CatalogInfoResource {

    private final BackstageService backstage;

    @Activate
    public CatalogInfoResource(@Reference BackstageService backstage) {
        this.backstage = backstage;
    }

    @GET
    @Produces(CatalogInfo.MEDIA_TYPE)
    public Response export() {
        return Response.ok(backstage.export(), CatalogInfo.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"catalog-info.yaml\"").build();
    }

    @POST
    @Consumes({ CatalogInfo.MEDIA_TYPE, "text/yaml", "application/x-yaml", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TOOLING, Roles.REGIONAL_LEAD })
    public ImportReport importYaml(String body, @Context SecurityContext caller) {
        return backstage.importYaml(body, caller);
    }
}
