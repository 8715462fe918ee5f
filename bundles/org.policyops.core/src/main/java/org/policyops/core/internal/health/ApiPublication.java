package org.policyops.core.internal.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Whether the JAX-RS whiteboard serves every resource and extension that the PolicyOps bundles declare for the
 * {@code /api} application, judged from the whiteboard's own {@link RuntimeDTO}: a service counts only once it is
 * listed in the application's resource or extension DTOs. Until then the first requests would get CXF's "No service
 * was found" 404, or pass a filter that is not there yet, although every domain is ready.
 */
final class ApiPublication {

    /** What a PolicyOps bundle declares as a whiteboard service. */
    enum Kind {
        RESOURCE, EXTENSION
    }

    /**
     * One declared component.
     *
     * @param bundle the declaring bundle's symbolic name
     * @param component the DS component's name (its implementation class, usually)
     * @param type the component's implementation class
     * @param kind resource or extension
     * @param serviceId the id of its registered service; null while DS has not registered it (unsatisfied)
     */
    record Declared(String bundle, String component, String type, Kind kind, Long serviceId) {
    }

    /** The outcome: up, a sentence, and one line for each declared service that is not served. */
    record Result(boolean up, String detail, List<String> missing) {

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", up ? "UP" : "DOWN");
            m.put("detail", detail);
            if (!missing.isEmpty()) {
                m.put("missing", missing);
            }
            return m;
        }
    }

    private ApiPublication() {
    }

    /**
     * @param application the application's {@code osgi.jaxrs.name}
     * @param declared what the PolicyOps bundles declare for it
     * @param runtime the whiteboard's runtime description; null when no whiteboard runs
     */
    static Result check(String application, List<Declared> declared, RuntimeDTO runtime) {
        return check(application, declared, runtime, null);
    }

    /**
     * @param application the application's {@code osgi.jaxrs.name}
     * @param declared what the PolicyOps bundles declare for it
     * @param runtime the whiteboard's runtime description; null when no whiteboard runs
     * @param serving the resource classes of the server answering this request ({@link ServingResources}); null
     *        when unknown. A resource the DTO lists but that server lacks is still being published.
     */
    static Result check(String application, List<Declared> declared, RuntimeDTO runtime, Set<String> serving) {
        if (runtime == null) {
            return new Result(false, "The JAX-RS whiteboard is not running: see feature:list | grep aries-jax-rs.", List.of());
        }
        ApplicationDTO app = null;
        for (ApplicationDTO a : nonNull(runtime.applicationDTOs, new ApplicationDTO[0])) {
            if (application.equals(a.name)) {
                app = a;
            }
        }
        if (app == null) {
            for (FailedApplicationDTO f : nonNull(runtime.failedApplicationDTOs, new FailedApplicationDTO[0])) {
                if (application.equals(f.name)) {
                    return new Result(false, "The JAX-RS whiteboard refused the '" + application + "' application: "
                            + reason(f.failureReason) + ".", List.of());
                }
            }
            return new Result(false, "The JAX-RS whiteboard does not serve the '" + application + "' application yet.", List.of());
        }
        Map<Long, String> served = new HashMap<>();
        for (BaseDTO r : nonNull(app.resourceDTOs, new BaseDTO[0])) {
            served.put(r.serviceId, "resource");
        }
        for (BaseDTO e : nonNull(app.extensionDTOs, new BaseDTO[0])) {
            served.put(e.serviceId, "extension");
        }
        Map<Long, Integer> failed = new HashMap<>();
        for (FailedResourceDTO f : nonNull(runtime.failedResourceDTOs, new FailedResourceDTO[0])) {
            failed.put(f.serviceId, f.failureReason);
        }
        for (FailedExtensionDTO f : nonNull(runtime.failedExtensionDTOs, new FailedExtensionDTO[0])) {
            failed.put(f.serviceId, f.failureReason);
        }
        List<String> missing = new ArrayList<>();
        int ok = 0;
        for (Declared d : declared) {
            String what = d.bundle() + ": " + d.component() + " (" + d.kind().name().toLowerCase() + ")";
            if (d.serviceId() == null) {
                missing.add(what + " is not registered: its component is not satisfied (see scr:info " + d.component() + ")");
            } else if (served.containsKey(d.serviceId())) {
                if (serving != null && d.kind() == Kind.RESOURCE && !serving.contains(d.type())) {
                    missing.add(what + " is listed by the whiteboard, which is still rebuilding the application to serve it");
                } else {
                    ok++;
                }
            } else if (failed.containsKey(d.serviceId())) {
                missing.add(what + " was refused by the whiteboard: " + reason(failed.get(d.serviceId())));
            } else {
                missing.add(what + " is not published yet");
            }
        }
        if (missing.isEmpty()) {
            return new Result(true, "The whiteboard serves all " + ok + " resources and extensions of the PolicyOps bundles"
                    + (serving == null ? "." : ", and the server answering has all the resources."), List.of());
        }
        return new Result(false, missing.size() + " of " + declared.size()
                + " resources and extensions of the PolicyOps bundles are not served yet.", missing);
    }

    /**
     * What a component declares, from its DS properties: a resource or an extension of the application that
     * {@code select} selects, or null for anything else.
     */
    static Kind kind(Map<String, Object> properties, String select) {
        if (properties == null || !selects(properties.get("osgi.jaxrs.application.select"), select)) {
            return null;
        }
        if (isTrue(properties.get("osgi.jaxrs.resource"))) {
            return Kind.RESOURCE;
        }
        if (isTrue(properties.get("osgi.jaxrs.extension"))) {
            return Kind.EXTENSION;
        }
        return null;
    }

    private static boolean selects(Object value, String select) {
        if (value instanceof String[] values) {
            return values.length == 1 && select.equals(values[0]);
        }
        return select.equals(value);
    }

    private static boolean isTrue(Object value) {
        if (value instanceof Object[] values) {
            return values.length == 1 && isTrue(values[0]);
        }
        return value != null && "true".equalsIgnoreCase(value.toString().trim());
    }

    static String reason(int failureReason) {
        switch (failureReason) {
            case DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE: return "shadowed by another service of the same name";
            case DTOConstants.FAILURE_REASON_SERVICE_NOT_GETTABLE: return "its service could not be obtained";
            case DTOConstants.FAILURE_REASON_VALIDATION_FAILED: return "its properties are not valid";
            case DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE: return "an extension it requires is missing";
            case DTOConstants.FAILURE_REASON_DUPLICATE_NAME: return "its name is used by another service";
            case DTOConstants.FAILURE_REASON_REQUIRED_APPLICATION_UNAVAILABLE: return "the application it selects is missing";
            case DTOConstants.FAILURE_REASON_NOT_AN_EXTENSION_TYPE: return "it is not an extension type";
            default: return "unknown reason (" + failureReason + ")";
        }
    }

    private static <T> T[] nonNull(T[] array, T[] empty) {
        return array == null ? empty : array;
    }
}
