package org.policyops.itests.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.policyops.itests.Api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Real data of the running distribution, read over its own API as an administrator: ids for path parameters (the
 * first items of the list a parameter's path is under), the records behind them with their ETags, and valid bodies
 * to mutate one field at a time.
 */
final class Samples {

    /** Values for parameters that no list names, by parameter name; anything else falls back to {@code 1}. */
    static final Map<String, String> FALLBACK_VALUES = Map.of("year", "2027", "quarter", "Q1", "from", "2026-01-01",
            "to", "2026-12-31", "cohort", "2026-01", "months", "6", "locale", "de", "region", "EU");
    private static final List<String> IDENTIFYING_FIELDS = List.of("id", "key", "code", "tag");
    private static final int CANDIDATES = 5;

    private final RawHttp http;
    private final String authorization;
    private final Set<String> getTemplates = new HashSet<>();
    private final List<Route> lists = new ArrayList<>();
    private final Map<String, RawHttp.Answer> answers = new ConcurrentHashMap<>();

    Samples(RawHttp http, String user, List<Route> routes) {
        this.http = http;
        this.authorization = Api.basic(user, Api.password(user));
        for (Route r : routes) {
            if (r.method().equals("GET")) {
                getTemplates.add(r.template());
                if (r.pathParams().isEmpty()) {
                    lists.add(r);
                }
            }
        }
    }

    /** A GET as the administrator, remembered: the setup reads the same lists for many routes. */
    RawHttp.Answer get(String path) {
        return answers.computeIfAbsent(path, p -> fetch(p));
    }

    /** A GET as the administrator, never remembered (for ETags that change). */
    RawHttp.Answer fetch(String path) {
        return http.send(new RawHttp.Request("GET", path, List.of(Map.entry("Authorization", authorization),
                Map.entry("Accept", "application/json")), null, false));
    }

    /** The JSON of a 200 answer, or null. */
    JsonNode json(String path) {
        return json(get(path));
    }

    static JsonNode json(RawHttp.Answer a) {
        if (a.status() != 200 || a.header("content-type") == null || !Route.isJson(a.header("content-type"))) {
            return null;
        }
        try {
            return Api.JSON.readTree(a.body());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Real values (percent-encoded) for a route's path parameters; {@code real} is false if any is a fallback. */
    record Ids(Map<String, String> values, boolean real) {
    }

    Ids ids(Route route) {
        return resolve(route.parts(), 0, "", new LinkedHashMap<>());
    }

    private Ids resolve(List<Route.Part> parts, int index, String concrete, Map<String, String> values) {
        if (index == parts.size()) {
            return new Ids(values, true);
        }
        Route.Part part = parts.get(index);
        if (part.literal() != null) {
            return resolve(parts, index + 1, concrete + part.literal(), values);
        }
        Ids partial = null;
        for (String candidate : candidates(concrete, part.param())) {
            Map<String, String> next = new LinkedHashMap<>(values);
            next.put(part.param(), encode(candidate));
            Ids ids = resolve(parts, index + 1, concrete + encode(candidate), next);
            if (ids.real()) {
                return ids;
            }
            if (partial == null) {
                partial = ids;
            }
        }
        if (partial != null) {
            return partial;
        }
        String fallback = FALLBACK_VALUES.getOrDefault(part.param(), "1");
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put(part.param(), fallback);
        return new Ids(resolve(parts, index + 1, concrete + fallback, next).values(), false);
    }

    /**
     * Values for the parameter that follows {@code prefix}: the first items of the list at {@code prefix}, or of the
     * field of the parent record that the last literal segment (or the parameter's plural) names.
     */
    private List<String> candidates(String prefix, String param) {
        List<String> found = new ArrayList<>();
        String listPath = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        collect(items(json(listPath), param), param, found);
        int slash = listPath.lastIndexOf('/');
        if (found.isEmpty() && slash > 0) {
            JsonNode parent = json(listPath.substring(0, slash));
            String segment = listPath.substring(slash + 1);
            if (parent != null) {
                collect(parent.get(segment), param, found);
                collect(parent.get(param + "s"), param, found);
            }
        }
        return found;
    }

    private static JsonNode items(JsonNode list, String param) {
        if (list == null) {
            return null;
        }
        if (list.isArray()) {
            return list;
        }
        if (list.path("items").isArray()) {
            return list.get("items");
        }
        return list.path(param).isArray() ? list.get(param) : null;
    }

    private static void collect(JsonNode array, String param, List<String> into) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (JsonNode item : array) {
            String value = identity(item, param);
            if (value != null && !value.isEmpty() && !into.contains(value)) {
                into.add(value);
            }
            if (into.size() >= CANDIDATES) {
                return;
            }
        }
    }

    /** The value of an item that a path names it by: the field named as the parameter, else its id, key, code or tag. */
    static String identity(JsonNode item, String param) {
        if (item == null) {
            return null;
        }
        if (item.isValueNode()) {
            return item.asText();
        }
        if (param != null && item.path(param).isValueNode()) {
            return item.get(param).asText();
        }
        for (String field : IDENTIFYING_FIELDS) {
            if (item.path(field).isValueNode()) {
                return item.get(field).asText();
            }
        }
        return null;
    }

    /** The first item of a list answer, or the answer itself if it is one record. */
    static JsonNode firstItem(JsonNode answer) {
        if (answer == null) {
            return null;
        }
        JsonNode items = answer.isArray() ? answer : answer.path("items").isArray() ? answer.get("items") : null;
        if (items == null) {
            return answer.isObject() ? answer : null;
        }
        return items.size() > 0 && items.get(0).isObject() ? items.get(0) : null;
    }

    /**
     * The path of the record a write on {@code route} (filled with {@code ids}) changes: the route's own path or the
     * nearest shorter one with a GET route whose answer carries an ETag; null if there is none.
     */
    String recordWithETag(Route route, Map<String, String> ids) {
        for (String template = route.template(); template.lastIndexOf('/') > 0; template = template.substring(0, template.lastIndexOf('/'))) {
            if (getTemplates.contains(template)) {
                String path = fill(template, ids);
                RawHttp.Answer a = get(path);
                if (a.status() == 200 && a.header("etag") != null) {
                    return path;
                }
            }
        }
        return null;
    }

    /** A record (or a list's first item) that a write on {@code route} resembles: its own path's GET. */
    JsonNode sample(Route route, Map<String, String> ids) {
        if (!getTemplates.contains(route.template())) {
            return null;
        }
        return firstItem(json(fill(route.template(), ids)));
    }

    static String fill(String template, Map<String, String> ids) {
        StringBuilder sb = new StringBuilder();
        for (Route.Part p : Route.parse(template)) {
            sb.append(p.literal() != null ? p.literal() : ids.getOrDefault(p.param(), "1"));
        }
        return sb.toString();
    }

    /**
     * A valid-looking body for a route: for each field of its shape, the sample record's value when it has one of the
     * right JSON type; with no sample, a value made up from the field's type and name. A body for a new record gets
     * its identifying value changed, so that a mutation the server wrongly accepts creates a record (which the suite
     * sees) instead of ending as a duplicate (which would hide it).
     */
    JsonNode baseBody(Route route, JsonNode sample) {
        Shape shape = route.body();
        if (shape.kind != Shape.Kind.OBJECT) {
            if (sample != null) {
                return sample.deepCopy();
            }
            return shape.kind == Shape.Kind.ANY ? JsonNodeFactory.instance.objectNode() : made(shape, "value");
        }
        ObjectNode body = (ObjectNode) project(shape, sample, "");
        if (route.method().equals("POST") && sample != null) {
            for (String field : IDENTIFYING_FIELDS) {
                JsonNode v = body.get(field);
                if (v != null && v.isTextual() && v.asText().equals(identity(sample, null))) {
                    String text = v.asText();
                    body.put(field, text + (text.equals(text.toUpperCase(Locale.ROOT)) ? "ZZ" : "-zz"));
                }
            }
        }
        return body;
    }

    private JsonNode project(Shape shape, JsonNode sample, String name) {
        switch (shape.kind) {
            case OBJECT: {
                ObjectNode out = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, Shape> f : shape.fields.entrySet()) {
                    JsonNode value = sample == null ? null : sample.get(f.getKey());
                    if (value != null && fits(f.getValue(), value)) {
                        out.set(f.getKey(), project(f.getValue(), value, f.getKey()));
                    } else if (sample == null) {
                        JsonNode made = madeUp(f.getValue(), f.getKey());
                        if (made != null) {
                            out.set(f.getKey(), made);
                        }
                    }
                }
                return out;
            }
            case LIST: {
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                if (sample != null) {
                    for (JsonNode e : sample) {
                        if (fits(shape.element, e)) {
                            out.add(project(shape.element, e, name));
                        } else if (shape.element.kind == Shape.Kind.TEXT) {
                            // A view may show a referenced record where the request names it (a course's policies).
                            String id = identity(e, null);
                            if (id != null) {
                                out.add(id);
                            }
                        }
                    }
                }
                return out;
            }
            default:
                return sample == null ? madeUp(shape, name) : sample.deepCopy();
        }
    }

    /**
     * A made-up value that refers to real data where the field's name says what it refers to: {@code course} gets a
     * real course's code, {@code year} a year the API accepts.
     */
    private JsonNode madeUp(Shape shape, String name) {
        if (shape.kind == Shape.Kind.TEXT || shape.kind == Shape.Kind.WHOLE) {
            String value = valueFor(name);
            if (value != null && shape.kind == Shape.Kind.TEXT) {
                return JsonNodeFactory.instance.textNode(value);
            }
            if (value != null && value.matches("[0-9]+")) {
                return JsonNodeFactory.instance.numberNode(Integer.parseInt(value));
            }
        }
        return shape.kind == Shape.Kind.OBJECT ? project(shape, null, name) : made(shape, name);
    }

    /** Whether a JSON value can stand for a field of this shape. */
    static boolean fits(Shape shape, JsonNode value) {
        return switch (shape.kind) {
            case TEXT, DATE, INSTANT -> value.isTextual();
            case ENUM -> value.isTextual() && shape.constants.contains(value.asText());
            case WHOLE -> value.isIntegralNumber();
            case DECIMAL -> value.isNumber();
            case BOOL -> value.isBoolean();
            case LIST -> value.isArray();
            case OBJECT -> value.isObject();
            case ANY -> true;
        };
    }

    /** A value made up for a field without a sample: of the right type, shaped by the field's name. */
    static JsonNode made(Shape shape, String name) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (shape.kind) {
            case TEXT: {
                TextKind kind = TextKind.of(name, null);
                // An instant in the past (some must not be in the future); text shaped like an id, which most text fields take.
                return f.textNode(kind == TextKind.INSTANT ? "2025-01-15T09:00:00Z" : kind == TextKind.DATE ? "2027-01-15"
                        : kind == TextKind.QUARTER ? "2027-Q1" : "bad-input");
            }
            case WHOLE:
                // Within the ranges counts, durations in minutes and days of this API take.
                return f.numberNode(60);
            case DECIMAL:
                return f.numberNode(1.0);
            case BOOL:
                return f.booleanNode(false);
            case ENUM:
                return f.textNode(shape.constants.get(0));
            case DATE:
                return f.textNode("2027-01-15");
            case INSTANT:
                return f.textNode("2025-01-15T09:00:00Z");
            case LIST:
                return f.arrayNode();
            case OBJECT: {
                ObjectNode out = f.objectNode();
                shape.fields.forEach((field, fieldShape) -> {
                    JsonNode v = made(fieldShape, field);
                    if (v != null) {
                        out.set(field, v);
                    }
                });
                return out;
            }
            default:
                return null;
        }
    }

    /** What a text field holds, guessed from its sample value or its name, to send it the right malformed values. */
    enum TextKind {
        INSTANT, DATE, QUARTER, MONTH, CODE, FREE;

        static TextKind of(String name, JsonNode sample) {
            if (sample != null && sample.isTextual()) {
                String s = sample.asText();
                if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                    return INSTANT;
                }
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return DATE;
                }
                if (s.matches("\\d{4}-Q[1-4]")) {
                    return QUARTER;
                }
                if (s.matches("\\d{4}-\\d{2}")) {
                    return MONTH;
                }
                if (s.matches("[A-Z][A-Z0-9_]+")) {
                    return CODE;
                }
                return FREE;
            }
            String n = name.toLowerCase(Locale.ROOT);
            if (name.endsWith("At") || n.equals("at")) {
                return INSTANT;
            }
            if (n.contains("date") || n.endsWith("due")) {
                return DATE;
            }
            return n.contains("quarter") ? QUARTER : FREE;
        }
    }

    /** Percent-encodes a real value for a path: everything but unreserved characters and {@code /}. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /**
     * A value for a query parameter a route requires: from {@link #FALLBACK_VALUES}, else the first item of the list
     * route named like it ({@code policy} → {@code /policies}, {@code region} → {@code /regions}).
     */
    String valueFor(String param) {
        if (FALLBACK_VALUES.containsKey(param)) {
            return FALLBACK_VALUES.get(param);
        }
        String stem = param.endsWith("y") ? param.substring(0, param.length() - 1) : param;
        for (Route list : lists) {
            String last = list.template().substring(list.template().lastIndexOf('/') + 1);
            if (last.startsWith(stem)) {
                String value = identity(firstItem(json(list.template())), null);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    List<Route> listRoutes() {
        return lists;
    }
}
