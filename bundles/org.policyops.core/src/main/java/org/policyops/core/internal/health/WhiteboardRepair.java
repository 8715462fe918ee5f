package org.policyops.core.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the JAX-RS whiteboard another try at a PolicyOps resource or extension it marked as failed for no stated
 * reason. Aries' whiteboard 2.0.2 marks a service so when building the application's server throws while the service is
 * added, and never tries it again; at boot that happened to the health resource itself, racing the application's own
 * start (a ConcurrentModificationException in the whiteboard's event dispatch in the same second), and /api/health
 * stayed 404 for good. Re-registering the component's service (disable, then enable it) makes the whiteboard add it
 * afresh. A few tries per component at most, each logged; failures with a stated reason (a missing extension, a
 * shadowed name) are left to health to report.
 */
@Component(immediate = true)
public class WhiteboardRepair {

    static final int MAX_TRIES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardRepair.class);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Map<String, Integer> tries = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policyops-whiteboard-repair");
        t.setDaemon(true);
        return t;
    });
    private volatile JaxrsServiceRuntime runtime;

    @Activate
    public WhiteboardRepair(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** Bound, and called again whenever the whiteboard's runtime changes (its service.changecount). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "runtimeChanged")
    void setRuntime(JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
        schedule();
    }

    void runtimeChanged(JaxrsServiceRuntime runtime) {
        schedule();
    }

    void unsetRuntime(JaxrsServiceRuntime runtime) {
        if (this.runtime == runtime) {
            this.runtime = null;
        }
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    private void schedule() {
        try {
            worker.execute(this::repair);
        } catch (RejectedExecutionException stopped) {
            // deactivated
        }
    }

    /** The services the whiteboard failed without a reason: the ones worth another try. */
    static List<Long> failedWithoutReason(RuntimeDTO dto) {
        List<Long> ids = new ArrayList<>();
        if (dto == null) {
            return ids;
        }
        List<BaseDTO> failed = new ArrayList<>();
        if (dto.failedResourceDTOs != null) {
            failed.addAll(List.<FailedResourceDTO>of(dto.failedResourceDTOs));
        }
        if (dto.failedExtensionDTOs != null) {
            failed.addAll(List.<FailedExtensionDTO>of(dto.failedExtensionDTOs));
        }
        for (BaseDTO f : failed) {
            int reason = f instanceof FailedResourceDTO r ? r.failureReason : ((FailedExtensionDTO) f).failureReason;
            if (reason == DTOConstants.FAILURE_REASON_UNKNOWN) {
                ids.add(f.serviceId);
            }
        }
        return ids;
    }

    private void repair() {
        JaxrsServiceRuntime r = runtime;
        if (r == null) {
            return;
        }
        for (long id : failedWithoutReason(r.getRuntimeDTO())) {
            ServiceReference<?> ref = reference(id);
            Bundle bundle = ref == null ? null : ref.getBundle();
            Object name = ref == null ? null : ref.getProperty("component.name");
            if (bundle == null || name == null || !bundle.getSymbolicName().startsWith("org.policyops.")) {
                continue;
            }
            ComponentDescriptionDTO component = scr.getComponentDescriptionDTO(bundle, name.toString());
            if (component == null) {
                continue;
            }
            int n = tries.merge(name.toString(), 1, Integer::sum);
            if (n > MAX_TRIES) {
                if (n == MAX_TRIES + 1) {
                    LOG.error("The JAX-RS whiteboard still fails to publish {} after {} tries; see /api/health and the "
                            + "whiteboard's warnings above.", name, MAX_TRIES);
                }
                continue;
            }
            LOG.warn("The JAX-RS whiteboard failed to publish {} (service {}) without a reason; registering it again "
                    + "(try {} of {}).", name, id, n, MAX_TRIES);
            try {
                scr.disableComponent(component).getValue();
                scr.enableComponent(component).getValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.error("Could not re-register {}: {}", name, e.toString());
            }
        }
    }

    private ServiceReference<?> reference(long id) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(service.id=" + id + ")");
            return refs == null || refs.length == 0 ? null : refs[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
