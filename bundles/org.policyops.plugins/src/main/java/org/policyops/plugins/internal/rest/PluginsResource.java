package org.policyops.plugins.internal.rest;

import java.util.ArrayList;
import java.util.Comparator;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.api.plugins.PluginInfo;
import org.policyops.api.plugins.UploadRecord;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.plugins.internal.service.PluginDeployer;
import org.policyops.plugins.internal.service.PluginInstallerService;
import org.policyops.plugins.internal.service.PluginInventoryService;

/**
 * {@code /api/plugins}: the plugin inventory, for anyone logged in; deploying (upload of a jar or kar) and
 * removing plugins, for administrators.
 */
@Component(service = PluginsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    static final String JAVA_ARCHIVE = "application/java-archive";

    /** Fields /api/plugins can be sorted on. */
    static final Map<String, String> SORTABLE = Map.of("bundleId", "bundleId", "symbolicName", "symbolicName",
            "name", "name", "state", "state", "version", "version");
    static final String DEFAULT_SORT = "bundleId";
    static final Map<String, String> UPLOADS_SORTABLE = Map.of("at", "at");

    private final PluginInventoryService inventory;
    private final PluginDeployer deployer;
    private final PluginInstallerService installer;

    @Activate
    public PluginsResource(@Reference PluginInventoryService inventory, @Reference PluginDeployer deployer,
            @Reference PluginInstallerService installer) {
        this.inventory = inventory;
        this.deployer = deployer;
        this.installer = installer;
    }

    /** Every plugin, a page at a time, like every other list. */
    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        PageRequest page = RestSupport.page(limit, offset, sort, SORTABLE, DEFAULT_SORT);
        return Pages.response(page(inventory.plugins(), page, PluginsResource::sortKey), uriInfo);
    }

    /** Who uploaded which file when, and what became of it, newest first. */
    @GET
    @Path("uploads")
    public Response uploads(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort, @Context UriInfo uriInfo) {
        PageRequest page = RestSupport.page(limit, offset, sort, UPLOADS_SORTABLE, "-at");
        List<UploadRecord> records = new ArrayList<>(inventory.uploadRecords()); // newest first
        if (!page.orders().isEmpty() && page.orders().get(0).ascending()) {
            java.util.Collections.reverse(records);
        }
        return Pages.response(slice(records, page), uriInfo);
    }

    static Comparable<?> sortKey(PluginInfo p, String property) {
        return switch (property) {
            case "symbolicName" -> p.symbolicName() == null ? "" : p.symbolicName();
            case "name" -> p.name() == null ? "" : p.name();
            case "state" -> p.state();
            case "version" -> org.osgi.framework.Version.parseVersion(p.version());
            default -> p.bundleId();
        };
    }

    /** Sorts the whole (small, in-memory) list by the requested keys and cuts the page from it. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static <T> Page<T> page(List<T> all, PageRequest page, java.util.function.BiFunction<T, String, Comparable<?>> key) {
        Comparator<T> order = null;
        for (PageRequest.Order o : page.orders()) {
            Comparator<T> c = Comparator.comparing(t -> (Comparable) key.apply(t, o.property()));
            c = o.ascending() ? c : c.reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        List<T> sorted = new ArrayList<>(all);
        if (order != null) {
            sorted.sort(order);
        }
        return slice(sorted, page);
    }

    static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = (int) Math.min((long) from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size(), page.limit(), page.offset());
    }

    @GET
    @Path("{id}")
    public PluginInfo get(@PathParam("id") String id) {
        return find(id);
    }

    @POST
    @Consumes({ JAVA_ARCHIVE, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Roles.ADMIN)
    public Response deploy(byte[] body, @QueryParam("filename") String filename, @QueryParam("dryRun") String dryRun,
            @Context SecurityContext caller, @Context UriInfo uriInfo) {
        if (Boolean.TRUE.equals(RestSupport.bool("dryRun", dryRun))) {
            return Response.ok(installer.check(body, filename)).build(); // checks and compares; stores nothing
        }
        PluginDeployer.Outcome outcome = deployer.deploy(body, filename, Access.userName(caller));
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
