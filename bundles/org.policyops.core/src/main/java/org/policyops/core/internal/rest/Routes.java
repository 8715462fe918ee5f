package org.policyops.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.policyops.core.rest.PolicyOpsRest;

/**
 * The routes the {@code /api} application serves, as the JAX-RS whiteboard describes them, so that an answer can say
 * what a route takes (a 415 names the media types of the route the request was meant for).
 */
@Component(service = Routes.class)
public class Routes {

    private final JaxrsServiceRuntime runtime;

    @Activate
    public Routes(@Reference JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * The media types the methods of this HTTP method and path take, in name order; empty when none is known.
     *
     * @param rawPath the request's path, with the application base ({@code /api/...})
     */
    public List<String> consumes(String httpMethod, String rawPath) {
        TreeSet<String> types = new TreeSet<>();
        for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
            if (!PolicyOpsRest.APPLICATION_NAME.equals(app.name)) {
                continue;
            }
            String path = relative(rawPath, app.base);
            for (ResourceDTO resource : app.resourceDTOs) {
                for (ResourceMethodInfoDTO m : resource.resourceMethods) {
                    if (httpMethod.equalsIgnoreCase(m.method) && m.consumingMimeType != null && matches(m.path, path)) {
                        types.addAll(List.of(m.consumingMimeType));
                    }
                }
            }
        }
        return new ArrayList<>(types);
    }

    static String relative(String rawPath, String base) {
        String b = base == null ? "" : base.startsWith("/") ? base : "/" + base;
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        String p = rawPath.startsWith(b) ? rawPath.substring(b.length()) : rawPath;
        return p.isEmpty() ? "/" : p;
    }

    /** Whether a JAX-RS path template ({@code /launches/{id: [0-9]+}/readiness}) matches a path. */
    static boolean matches(String template, String path) {
        return toPattern(template).matcher(trim(path)).matches();
    }

    static Pattern toPattern(String template) {
        String t = trim(template);
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(t.substring(i)));
                break;
            }
            regex.append(Pattern.quote(t.substring(i, open)));
            int close = closing(t, open);
            String variable = t.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).trim() + ")");
            i = close + 1;
        }
        return Pattern.compile(regex.toString());
    }

    /** The '}' that closes the variable opened at {@code open}; regular expressions may hold braces themselves. */
    private static int closing(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            if (t.charAt(i) == '{') {
                depth++;
            } else if (t.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in path template " + t);
    }

    private static String trim(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
