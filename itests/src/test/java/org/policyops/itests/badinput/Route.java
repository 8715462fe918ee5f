package org.policyops.itests.badinput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One resource method the running API serves: HTTP method, path template (with the application base), media types
 * from the JAX-RS runtime, and what reflection on the resource class adds — query parameters, whether it reads
 * {@code If-Match}, the shape of its body and who may call it.
 *
 * @param template the path as the runtime describes it, e.g. {@code /api/planning/initiatives/{id}}
 * @param entity whether the method reads a request body
 * @param body the shape of a JSON body; {@link Shape#ANY} when unknown
 */
record Route(String method, String template, List<String> consumes, List<String> produces, List<String> queryParams,
        boolean takesIfMatch, boolean entity, Shape body, Access access) {

    /** Who may call a method: {@code roles} null means any logged-in user. */
    record Access(boolean permitAll, boolean denyAll, List<String> roles) {

        static final Access AUTHENTICATED = new Access(false, false, null);
    }

    /** A piece of a path template: a literal or a parameter (never both). */
    record Part(String literal, String param) {
    }

    List<Part> parts() {
        return parse(template);
    }

    List<String> pathParams() {
        List<String> names = new ArrayList<>();
        for (Part p : parts()) {
            if (p.param() != null) {
                names.add(p.param());
            }
        }
        return names;
    }

    boolean consumesJson() {
        return consumes.isEmpty() || consumes.stream().anyMatch(Route::isJson);
    }

    boolean producesJson() {
        return produces.isEmpty() || produces.stream().anyMatch(Route::isJson);
    }

    boolean consumesAnyOf(String mediaType) {
        String bare = bare(mediaType);
        return consumes.stream().anyMatch(c -> bare(c).equals(bare) || c.equals("*/*"));
    }

    boolean producesAnyOf(String mediaType) {
        String bare = bare(mediaType);
        return produces.isEmpty() || produces.stream().anyMatch(p -> bare(p).equals(bare) || p.equals("*/*"));
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** The template with its parameters replaced by the given raw (already encoded) text. */
    String fill(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts()) {
            sb.append(p.literal() != null ? p.literal() : values.get(p.param()));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    static boolean isJson(String mediaType) {
        String bare = bare(mediaType);
        return bare.equals("application/json") || bare.endsWith("+json");
    }

    static String bare(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Splits {@code /a/{id: [0-9]+}/b} into literals and parameters; a parameter's regular expression may hold braces. */
    static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                literal.append(c);
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Part(literal.toString(), null));
                literal.setLength(0);
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                char e = template.charAt(end);
                if (e == '{') {
                    depth++;
                } else if (e == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = template.substring(i + 1, end);
            int colon = inside.indexOf(':');
            parts.add(new Part(null, (colon < 0 ? inside : inside.substring(0, colon)).trim()));
            i = end;
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null));
        }
        return Collections.unmodifiableList(parts);
    }

    /** The template with parameters written as {@code {name}}, without their regular expressions. */
    static String plain(String template) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parse(template)) {
            sb.append(p.literal() != null ? p.literal() : "{" + p.param() + "}");
        }
        return sb.toString();
    }
}
