package org.policyops.core.internal.health;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.api.health.HealthIndicator;
import org.policyops.api.health.HealthStatus;
import org.policyops.core.internal.security.InitialAdministrator;
import org.policyops.core.rest.PolicyOpsRest;

/**
 * {@code GET /api/health}, open to anyone (load balancers and start scripts call it): the database, every installed
 * PolicyOps domain with its state, and whether the JAX-RS whiteboard serves every resource and extension the
 * bundles declare for {@code /api} ({@link ApiPublication}). 200 only when all of them are ready, 503 otherwise, so
 * that a request sent after a 200 finds its resource.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("health")
@PermitAll
public class HealthResource {

    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final BundleContext context;
    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();
    private final ServiceComponentRuntime scr;
    private volatile DataSource dataSource;
    private volatile JaxrsServiceRuntime whiteboard;
    private volatile InitialAdministrator administrator;

    @Activate
    public HealthResource(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setWhiteboard(JaxrsServiceRuntime runtime) {
        this.whiteboard = runtime;
    }

    void unsetWhiteboard(JaxrsServiceRuntime runtime) {
        if (this.whiteboard == runtime) {
            this.whiteboard = null;
        }
    }

    /** Present once the initial administrator exists (or was not needed): see {@link #boot()}. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAdministrator(InitialAdministrator administrator) {
        this.administrator = administrator;
    }

    void unsetAdministrator(InitialAdministrator administrator) {
        if (this.administrator == administrator) {
            this.administrator = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jndi.service.name=policyops)")
    void setDataSource(DataSource ds) {
        this.dataSource = ds;
    }

    void unsetDataSource(DataSource ds) {
        if (this.dataSource == ds) {
            this.dataSource = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.add(indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean allReady = true;

        Map<String, Object> db = database();
        allReady &= "UP".equals(db.get("status"));

        List<Map<String, Object>> domains = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String domain = bundle.getHeaders("").get(HealthIndicator.DOMAIN_HEADER);
            if (domain == null) {
                continue;
            }
            Map<String, Object> d = domain(domain.trim(), bundle);
            allReady &= "UP".equals(d.get("status"));
            domains.add(d);
        }
        JaxrsServiceRuntime runtime = whiteboard;
        ApiPublication.Result api = ApiPublication.check(PolicyOpsRest.APPLICATION_NAME, declared(),
                runtime == null ? null : runtime.getRuntimeDTO(), ServingResources.current());
        allReady &= api.up();

        Map<String, Object> boot = boot();
        allReady &= "UP".equals(boot.get("status"));

        body.put("status", allReady ? "UP" : "DOWN");
        body.put("boot", boot);
        body.put("database", db);
        body.put("domains", domains);
        body.put("api", api.toMap());
        return Response.status(allReady ? 200 : 503).entity(body).build();
    }

    /**
     * Karaf registers {@code org.apache.karaf.features.BootFinished} once every boot feature is installed. Until then
     * the domains installed so far can all be up while another (say tooling) is still on its way, and a client that
     * trusted a 200 would get 404s. Looked up by name so that core does not import the features API.
     */
    private Map<String, Object> boot() {
        Map<String, Object> boot = new LinkedHashMap<>();
        if (administrator == null) {
            boot.put("status", "DOWN");
            boot.put("detail", "PolicyOps is still making sure an administrator exists (etc/users.properties).");
        } else if (context.getServiceReference(BOOT_FINISHED) != null) {
            boot.put("status", "UP");
        } else {
            boot.put("status", "DOWN");
            boot.put("detail", "Karaf is still installing the boot features (featuresBoot in etc/org.apache.karaf.features.cfg);"
                    + " if this lasts, look for 'Error installing boot features' in data/log/karaf.log.");
        }
        return boot;
    }

    private Map<String, Object> database() {
        Map<String, Object> db = new LinkedHashMap<>();
        DataSource ds = dataSource;
        if (ds == null) {
            db.put("status", "DOWN");
            db.put("detail", "The datasource 'policyops' is not available: check etc/org.ops4j.datasource-policyops.cfg and the log.");
            return db;
        }
        try (Connection c = ds.getConnection()) {
            db.put("product", c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion());
            boolean valid = c.isValid(2);
            db.put("status", valid ? "UP" : "DOWN");
            if (!valid) {
                db.put("detail", "The database did not answer within 2 seconds.");
            }
        } catch (Exception e) {
            db.put("status", "DOWN");
            db.put("detail", "Cannot connect to the database: " + e.getMessage());
        }
        return db;
    }

    private Map<String, Object> domain(String name, Bundle bundle) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("bundle", bundle.getSymbolicName());
        d.put("version", bundle.getVersion().toString());
        d.put("bundleState", stateName(bundle.getState()));
        HealthIndicator indicator = null;
        for (HealthIndicator i : indicators) {
            if (name.equals(i.domain())) {
                indicator = i;
            }
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            d.put("status", "DOWN");
            d.put("detail", "The bundle is " + stateName(bundle.getState()).toLowerCase() + ", not active: see bundle:diag " + bundle.getBundleId() + ".");
        } else if (indicator == null) {
            d.put("status", "DOWN");
            d.put("detail", "The bundle is active but its services are not up yet (waiting for the database or a configuration): see scr:list.");
        } else {
            HealthStatus s;
            try {
                s = indicator.check();
            } catch (RuntimeException e) {
                s = HealthStatus.notReady("The health check failed: " + e);
            }
            d.put("status", s.ready() ? "UP" : "DOWN");
            if (s.detail() != null) {
                d.put("detail", s.detail());
            }
        }
        return d;
    }

    /** The whiteboard resources and extensions that the active bundles' enabled components declare for /api. */
    private List<ApiPublication.Declared> declared() {
        List<ApiPublication.Declared> declared = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundle)) {
                ApiPublication.Kind kind = ApiPublication.kind(d.properties, PolicyOpsRest.APPLICATION_SELECT);
                if (kind == null || !scr.isComponentEnabled(d) || waitsForConfiguration(d)) {
                    continue;
                }
                List<Long> ids = serviceIds(bundle, d.name);
                if (ids.isEmpty()) {
                    declared.add(new ApiPublication.Declared(bundle.getSymbolicName(), d.name, d.implementationClass, kind, null));
                }
                for (Long id : ids) {
                    declared.add(new ApiPublication.Declared(bundle.getSymbolicName(), d.name, d.implementationClass, kind, id));
                }
            }
        }
        return declared;
    }

    /** A component that needs a configuration nobody gave it is off by intent, not missing. */
    private boolean waitsForConfiguration(ComponentDescriptionDTO d) {
        return "require".equals(d.configurationPolicy) && scr.getComponentConfigurationDTOs(d).isEmpty();
    }

    private static List<Long> serviceIds(Bundle bundle, String componentName) {
        List<Long> ids = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = bundle.getRegisteredServices();
        } catch (IllegalStateException uninstalled) {
            return ids;
        }
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            if (componentName.equals(ref.getProperty("component.name"))) {
                ids.add((Long) ref.getProperty(Constants.SERVICE_ID));
            }
        }
        return ids;
    }

    static String stateName(int state) {
        switch (state) {
            case Bundle.ACTIVE: return "ACTIVE";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            default: return "UNINSTALLED";
        }
    }
}
