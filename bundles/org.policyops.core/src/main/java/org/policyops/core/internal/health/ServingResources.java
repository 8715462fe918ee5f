package org.policyops.core.internal.health;

import java.util.HashSet;
import java.util.Set;

import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.service.Service;

/**
 * The resource classes of the CXF server that answers the current request. The whiteboard lists a new resource in
 * its runtime DTO before it rebuilds the application's server to include it, and the rebuild first destroys the old
 * server; a health check that trusted the DTO alone could answer 200 just before that rebuild, and the client's next
 * request would meet CXF's "No service was found". Only the server that answers the health request itself shows what
 * is really served. CXF is imported optionally: without it (another JAX-RS whiteboard) the DTO alone decides.
 */
final class ServingResources {

    private ServingResources() {
    }

    /** Class names of the root resources served by the current request's server; null when that cannot be known. */
    static Set<String> current() {
        try {
            return fromCxf();
        } catch (LinkageError noCxf) {
            return null;
        }
    }

    private static Set<String> fromCxf() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null || message.getExchange() == null) {
            return null;
        }
        Service service = message.getExchange().getService();
        if (!(service instanceof JAXRSServiceImpl)) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (ClassResourceInfo info : ((JAXRSServiceImpl) service).getClassResourceInfos()) {
            names.add(info.getResourceClass().getName());
        }
        return names;
    }
}
