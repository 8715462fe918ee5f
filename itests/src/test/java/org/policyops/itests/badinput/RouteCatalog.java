package org.policyops.itests.badinput;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Every route the running distribution serves, as the JAX-RS whiteboard describes it ({@link RuntimeDTO}: applications,
 * their resources and resource methods), so a route added later is covered without editing the suite. Reflection on
 * each resource's class adds what the runtime's description leaves out: query parameter names, {@code If-Match}, the
 * body's type and the security annotations. Annotations are matched by name, so the suite needs no JAX-RS classes of
 * its own.
 */
final class RouteCatalog {

    private static final String JAXRS = "javax.ws.rs.";
    private static final Set<String> NOT_THE_BODY = Set.of(JAXRS + "PathParam", JAXRS + "QueryParam", JAXRS + "HeaderParam",
            JAXRS + "MatrixParam", JAXRS + "FormParam", JAXRS + "CookieParam", JAXRS + "BeanParam", JAXRS + "core.Context");

    private RouteCatalog() {
    }

    static List<Route> read(JaxrsServiceRuntime runtime, BundleContext context) {
        RuntimeDTO dto = runtime.getRuntimeDTO();
        List<ApplicationDTO> applications = new ArrayList<>(Arrays.asList(dto.applicationDTOs));
        if (dto.defaultApplication != null) {
            applications.add(dto.defaultApplication);
        }
        // One route per method and path: the runtime may describe a resource in more than one application.
        TreeMap<String, Route> routes = new TreeMap<>();
        for (ApplicationDTO application : applications) {
            for (ResourceDTO resource : application.resourceDTOs) {
                List<Method> javaMethods = javaMethods(context, resource.serviceId);
                for (ResourceMethodInfoDTO info : resource.resourceMethods) {
                    String template = Route.plain(join(application.base, info.path));
                    Route route = route(info, template, match(javaMethods, info));
                    routes.putIfAbsent(route.method() + " " + route.template(), route);
                }
            }
        }
        return routes.values().stream().sorted(Comparator.comparing(Route::template).thenComparing(Route::method))
                .collect(Collectors.toList());
    }

    private static Route route(ResourceMethodInfoDTO info, String template, Method javaMethod) {
        List<String> consumes = info.consumingMimeType == null ? List.of() : List.of(info.consumingMimeType);
        List<String> produces = info.producingMimeType == null ? List.of() : List.of(info.producingMimeType);
        if (javaMethod == null) {
            // Not found by reflection: the suite still sends it everything that needs no knowledge of its parameters.
            boolean entity = !info.method.equals("GET") && !info.method.equals("DELETE");
            return new Route(info.method, template, consumes, produces, List.of(), false, entity, Shape.ANY, Route.Access.AUTHENTICATED);
        }
        List<String> query = new ArrayList<>();
        boolean ifMatch = false;
        boolean entity = false;
        Shape body = Shape.ANY;
        Parameter[] parameters = javaMethod.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            String queryName = stringValue(parameters[i], JAXRS + "QueryParam");
            String headerName = stringValue(parameters[i], JAXRS + "HeaderParam");
            if (queryName != null) {
                query.add(queryName);
            } else if (headerName != null) {
                ifMatch |= headerName.equalsIgnoreCase("If-Match");
            } else if (Arrays.stream(parameters[i].getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType().getName()))) {
                entity = true;
                body = Shape.of(javaMethod.getGenericParameterTypes()[i]);
            }
        }
        return new Route(info.method, template, consumes, produces, List.copyOf(query), ifMatch, entity, body, access(javaMethod));
    }

    /** The resource class's public methods; its service is only looked at, never used. */
    private static List<Method> javaMethods(BundleContext context, long serviceId) {
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (refs == null || refs.length == 0) {
            return List.of();
        }
        Class<?> type = null;
        for (String name : (String[]) refs[0].getProperty("objectClass")) {
            try {
                Class<?> c = refs[0].getBundle().loadClass(name);
                if (annotation(c, JAXRS + "Path") != null) {
                    type = c;
                }
            } catch (ClassNotFoundException e) {
                // an interface of another bundle: not the resource class
            }
        }
        if (type == null) {
            Object service = context.getService(refs[0]);
            try {
                type = service == null ? null : service.getClass();
            } finally {
                context.ungetService(refs[0]);
            }
        }
        return type == null ? List.of() : List.of(type.getMethods());
    }

    private static Method match(Collection<Method> methods, ResourceMethodInfoDTO info) {
        String wanted = Route.plain(info.path);
        for (Method m : methods) {
            String httpMethod = httpMethod(m);
            if (httpMethod == null || !httpMethod.equalsIgnoreCase(info.method)) {
                continue;
            }
            String classPath = stringValue(m.getDeclaringClass(), JAXRS + "Path");
            String methodPath = stringValue(m, JAXRS + "Path");
            String path = Route.plain(join(classPath == null ? "" : classPath, methodPath == null ? "" : methodPath));
            if (path.replace(" ", "").equals(wanted.replace(" ", ""))) {
                return m;
            }
        }
        return null;
    }

    /** The HTTP method an annotation of the method stands for: annotations themselves marked {@code @HttpMethod}. */
    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            String value = stringValue(a.annotationType(), JAXRS + "HttpMethod");
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Route.Access access(Method m) {
        for (AnnotatedElement e : new AnnotatedElement[] { m, m.getDeclaringClass() }) {
            if (annotation(e, "javax.annotation.security.DenyAll") != null) {
                return new Route.Access(false, true, null);
            }
            if (annotation(e, "javax.annotation.security.PermitAll") != null) {
                return new Route.Access(true, false, null);
            }
            Annotation roles = annotation(e, "javax.annotation.security.RolesAllowed");
            if (roles != null) {
                return new Route.Access(false, false, List.of((String[]) value(roles)));
            }
        }
        return Route.Access.AUTHENTICATED;
    }

    private static Annotation annotation(AnnotatedElement e, String typeName) {
        for (Annotation a : e.getAnnotations()) {
            if (a.annotationType().getName().equals(typeName)) {
                return a;
            }
        }
        return null;
    }

    private static String stringValue(AnnotatedElement e, String typeName) {
        Annotation a = annotation(e, typeName);
        return a == null ? null : (String) value(a);
    }

    private static Object value(Annotation a) {
        try {
            return a.annotationType().getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + a, e);
        }
    }

    /** Joins path pieces with single slashes, as the runtime normalises them. */
    static String join(String base, String path) {
        String joined = Arrays.stream((base + "/" + path).split("/")).filter(s -> !s.isEmpty()).collect(Collectors.joining("/"));
        return "/" + joined;
    }
}
