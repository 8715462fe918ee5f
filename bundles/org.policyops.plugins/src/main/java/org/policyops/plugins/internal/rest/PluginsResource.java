package org.policyops.plugins.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.PluginInventory;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.plugins.internal.service.PluginDeployer;

/**
 * {@code /api/plugins}: the plugin inventory, for anyone logged in; deploying (upload of a jar or kar) and
 * removing plugins, for administrators.
 */
@Component(service = PluginsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@JSONRequired
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    static final String JAVA_ARCHIVE = "application/java-archive";

    private final PluginInventory inventory;
    private final PluginDeployer deployer;

    @Activate
    public PluginsResource(@Reference PluginInventory inventory, @Reference PluginDeployer deployer) {
        this.inventory = inventory;
        this.deployer = deployer;
    }

    @GET
    public List<PluginInfo> list() {
        return inventory.plugins();
    }

    @GET
    @Path("{id}")
    public PluginInfo get(@PathParam("id") String id) {
        return find(id);
    }

    @POST
    @Consumes({ JAVA_ARCHIVE, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Roles.ADMIN)
    public Response deploy(byte[] body, @QueryParam("filename") String filename, @Context UriInfo uriInfo) {
        PluginDeployer.Outcome outcome = deployer.deploy(body, filename);
        if (outcome.plugin().isPresent() && outcome.unchanged()) {
            return Response.ok(outcome.plugin().get()).build(); // the same file again: nothing to do
        }
        if (outcome.plugin().isPresent()) {
            PluginInfo plugin = outcome.plugin().get();
            return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(plugin.bundleId())).build())
                    .entity(plugin).build();
        }
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("file", outcome.file().getFileName().toString());
        accepted.put("kar", outcome.upload().kar());
        accepted.put("message", outcome.upload().kar()
                ? "Stored in deploy/; Karaf's kar deployer installs its features. GET /api/plugins shows the plugins once installed."
                : "Stored in deploy/, but not installed within the wait; GET /api/plugins shows it once Karaf installed it.");
        return Response.accepted(accepted).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        PluginInfo plugin = find(id);
        if (deployer.remove(plugin)) {
            return Response.noContent().build();
        }
        return Response.accepted(Map.of("message", "Removal started; the bundle was still installed after the wait.")).build();
    }

    private PluginInfo find(String id) {
        long bundleId;
        try {
            bundleId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("plugin", id);
        }
        return inventory.plugin(bundleId).orElseThrow(() -> ProblemException.notFound("plugin", id));
    }
}
