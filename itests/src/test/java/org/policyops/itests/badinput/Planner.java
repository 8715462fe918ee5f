package org.policyops.itests.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.policyops.itests.Api;
import org.policyops.itests.badinput.Probe.Phase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the routes and the real data behind them into probes: for every route, malformed paths, queries, bodies,
 * headers and callers. What a probe must get back follows issue 11: nothing above 499, every 4xx problem+json, a
 * malformed request refused (400, or 404/405/406/413/415/431 where those fit), a field or parameter at fault named,
 * 401 for anonymous callers, 403 for the wrong role, 413 above 1 MiB, 415 for a body the route does not take, 428
 * for a missing {@code If-Match}.
 */
final class Planner {

    static final String ADMIN = "admin";
    static final String JSON = "application/json";
    static final int OVERSIZED = 1024 * 1024 + 64 * 1024;
    private static final String MARKER = "@@bad-input-marker@@";

    /** Malformed path segments: {@code {real}} stands for the real value of the parameter. */
    private static final List<String[]> PATH_JUNK = List.of(
            new String[] { "path: lone %", "%" },
            new String[] { "path: %zz", "%zz" },
            new String[] { "path: %u002e%u002e", "%u002e%u002e" },
            new String[] { "path: backslash", "a\\b" },
            new String[] { "path: matrix parameter ;DROP TABLE", "{real};DROP%20TABLE%20x" },
            new String[] { "path: matrix parameter ;x=1", "{real};x=1" },
            new String[] { "path: dot segment ..", ".." },
            new String[] { "path: dot segment .", "." },
            new String[] { "path: encoded dot segment %2e%2e", "%2e%2e" },
            new String[] { "path: encoded slash", "{real}%2F..%2F{real}" },
            new String[] { "path: NUL", "{real}%00" },
            new String[] { "path: line feed", "{real}%0A" },
            new String[] { "path: overlong UTF-8", "%C0%AE%C0%AE" },
            new String[] { "path: encoded surrogate", "%ED%A0%80" },
            new String[] { "path: invalid UTF-8", "%FF%FE" },
            new String[] { "path: leading space", "%20{real}" },
            new String[] { "path: 5,000 characters", "a".repeat(5_000) });
    /** The path junk also sent anonymously: what the issue saw write stack traces. */
    private static final Set<String> ANONYMOUS_PATH_JUNK = Set.of("path: %zz", "path: %u002e%u002e", "path: backslash",
            "path: matrix parameter ;DROP TABLE");
    /** More junk for numeric ids only: for a text key these could be real keys. */
    private static final List<String[]> NUMERIC_ID_JUNK = List.of(
            new String[] { "path: negative id", "-1" },
            new String[] { "path: id overflow", "99999999999999999999" },
            new String[] { "path: id in exponent form", "1e3" },
            new String[] { "path: hexadecimal id", "0x1" });
    /** Queries with invalid percent-encoding: refused on every route. */
    private static final List<String[]> QUERY_ENCODING = List.of(
            new String[] { "query: invalid name %zz", "%zz=1" },
            new String[] { "query: lone %", "x=%" },
            new String[] { "query: %zz", "x=%zz" },
            new String[] { "query: backslash", "x=a\\b" },
            new String[] { "query: %u002e%u002e", "x=%u002e%u002e" });
    /** Odd but well-formed queries: read routes may answer them, never with a 5xx. */
    private static final List<String[]> QUERY_ODD = List.of(
            new String[] { "query: NUL", "x=%00" },
            new String[] { "query: encoded surrogate", "x=%ED%A0%80" },
            new String[] { "query: overlong UTF-8", "x=%C0%AE" },
            new String[] { "query: invalid UTF-8", "x=%FF" },
            new String[] { "query: empty name", "=" },
            new String[] { "query: empty pairs", "&&&" },
            new String[] { "query: repeated unknown parameter", "x=1&x=2" },
            new String[] { "query: unknown parameter of 7,500 characters", "zz=" + "a".repeat(7_500) },
            new String[] { "query: CXF _type", "_type=xml" });
    /** Values for one query parameter; read routes may answer them, and a 400 must name the parameter. */
    private static final List<String[]> PARAM_VALUES = List.of(
            new String[] { "param: negative", "-1" },
            new String[] { "param: text", "ten" },
            new String[] { "param: huge number", "99999999999999999999" },
            new String[] { "param: 1e400", "1e400" },
            new String[] { "param: NaN", "NaN" },
            new String[] { "param: unknown enum value", "NOT_A_VALUE" },
            new String[] { "param: NUL", "%00" },
            new String[] { "param: ESC sequence", "%1B%5B31m" },
            new String[] { "param: encoded surrogate", "%ED%A0%80" },
            new String[] { "param: SQL", "%27%3B%20DROP%20TABLE%20x%3B--" },
            new String[] { "param: 4,000 characters", "a".repeat(4_000) },
            new String[] { "param: 7,500 characters", "b".repeat(7_500) },
            new String[] { "param: instant -999999999", "-999999999-01-01T00:00:00Z" },
            new String[] { "param: instant +1000000000", "%2B1000000000-01-01T00:00:00Z" },
            new String[] { "param: date 0000-01-01", "0000-01-01" },
            new String[] { "param: date +999999999-12-31", "%2B999999999-12-31" },
            new String[] { "param: month -999999999-01", "-999999999-01" },
            new String[] { "param: quarter 2027-Q9", "2027-Q9" });
    /** Paging values that are not a page: refused, naming the parameter. */
    private static final Map<String, List<String>> BAD_PAGING = Map.of(
            "limit", List.of("-1", "0", "ten", "1.5", "99999999999999999999", ""),
            "offset", List.of("-1", "ten", "1.5"));
    private static final List<String> BAD_IF_MATCH = List.of("garbage", "\"0\"", "W/\"0\"", "\"", "\"\"", "\"" + "x".repeat(10_000) + "\"");
    private static final List<String[]> BAD_CREDENTIALS = List.of(
            new String[] { "credentials: not base64", "Basic !!!not-base64!!!" },
            new String[] { "credentials: wrong password", Api.basic(ADMIN, "wrong-password") },
            new String[] { "credentials: no colon", "Basic " + Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8)) },
            new String[] { "credentials: bearer token", "Bearer abc.def.ghi" },
            new String[] { "credentials: 10,000 characters", "Basic " + "QUFB".repeat(2_500) },
            new String[] { "credentials: not UTF-8", "Basic " + Base64.getEncoder().encodeToString(new byte[] { (byte) 0xff, (byte) 0xfe, ':', (byte) 0xff }) });

    private final Samples samples;
    private final List<Route> routes;
    private final List<Probe> probes = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();

    Planner(Samples samples, List<Route> routes) {
        this.samples = samples;
        this.routes = routes;
    }

    /** What the suite learnt about one route before planning its probes. */
    private record Target(Route route, Map<String, String> ids, String path, String eTagRecord, JsonNode base,
            boolean baseFromData, boolean baselineOk, String baseQuery) {

        String rt() {
            return route.toString();
        }

        boolean ownETag() {
            return eTagRecord != null && eTagRecord.equals(path);
        }
    }

    List<Probe> plan() {
        Map<String, List<Route>> byTemplate = new TreeMap<>();
        int index = 0;
        for (Route route : routes) {
            byTemplate.computeIfAbsent(route.template(), t -> new ArrayList<>()).add(route);
            Target t = target(route);
            anonymous(t, index++);
            if (route.writes()) {
                writes(t);
            } else if (route.method().equals("GET")) {
                reads.add(t.path() + q(t.baseQuery()));
                reads(t);
            }
        }
        byTemplate.forEach(this::perTemplate);
        unknownPaths();
        return probes;
    }

    /** The path (and working query) of every GET route with real ids: what plain reads of the API look like. */
    List<String> reads() {
        return reads;
    }

    private Target target(Route route) {
        Samples.Ids ids = samples.ids(route);
        String path = route.fill(ids.values());
        String eTagRecord = route.writes() || route.method().equals("GET") ? samples.recordWithETag(route, ids.values()) : null;
        JsonNode sample = route.entity() && route.consumesJson() ? samples.sample(route, ids.values()) : null;
        JsonNode base = route.entity() && route.consumesJson() ? samples.baseBody(route, sample) : null;
        boolean ok = true;
        String query = "";
        if (route.method().equals("GET")) {
            query = workingQuery(route, path);
            ok = query != null;
            query = query == null ? "" : query;
        }
        return new Target(route, ids.values(), path, eTagRecord, base, sample != null, ok, query);
    }

    /**
     * The query a GET route needs to answer 200: none, or values for the parameters a 400 names (from
     * {@link Samples#FALLBACK_VALUES} or the first item of a list named like the parameter). Null if none works.
     */
    private String workingQuery(Route route, String path) {
        RawHttp.Answer plain = samples.get(path);
        if (plain.status() == 200) {
            return "";
        }
        if (plain.status() != 400) {
            return null;
        }
        JsonNode problem = Findings.parse(plain);
        List<String> parts = new ArrayList<>();
        for (String param : route.queryParams()) {
            if (problem != null && Findings.names(problem, param)) {
                String value = samples.valueFor(param);
                if (value != null) {
                    parts.add(param + "=" + Samples.encode(value));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String query = String.join("&", parts);
        return samples.get(path + "?" + query).status() == 200 ? query : null;
    }

    // ---------------------------------------------------------------- anonymous callers

    private void anonymous(Target t, int index) {
        Route r = t.route();
        boolean open = r.access().permitAll();
        Probe.Builder base = write(Probe.builder(Phase.ANONYMOUS, t.rt(), "anonymous caller"), t, t.path() + q(t.baseQuery()));
        probes.add((open ? base : base.statuses(401)).build());
        for (int k : new int[] { index % BAD_CREDENTIALS.size(), (index + 3) % BAD_CREDENTIALS.size() }) {
            String[] c = BAD_CREDENTIALS.get(k);
            // Credentials longer than the server's header limit may also be refused as such (431).
            Probe.Builder b = write(Probe.builder(Phase.ANONYMOUS, t.rt(), c[0]), t, t.path() + q(t.baseQuery())).header("Authorization", c[1]);
            probes.add((c[1].length() > 8_000 ? b.statuses(401, 431) : b.statuses(401)).build());
        }
        for (String[] junk : QUERY_ENCODING) {
            probes.add(write(Probe.builder(Phase.ANONYMOUS, t.rt(), "anonymous " + junk[0]), t, t.path() + "?" + junk[1])
                    .mustRefuse().build());
        }
        probes.add(write(Probe.builder(Phase.ANONYMOUS, t.rt(), "anonymous path: %u002e segment"), t, t.path() + "/%u002e")
                .mustRefuse().build());
        List<String> params = r.pathParams();
        if (!params.isEmpty()) {
            for (String[] junk : PATH_JUNK) {
                if (!ANONYMOUS_PATH_JUNK.contains(junk[0])) {
                    continue;
                }
                probes.add(write(Probe.builder(Phase.ANONYMOUS, t.rt(), "anonymous " + junk[0]).subject(params.get(0)), t,
                        withParam(t, params.get(0), junk[1])).mustRefuse().build());
            }
        }
    }

    // ---------------------------------------------------------------- reads

    private void reads(Target t) {
        Route r = t.route();
        String rt = t.rt();
        pathJunk(t, Phase.READ);
        for (String[] junk : QUERY_ENCODING) {
            probes.add(Probe.builder(Phase.READ, rt, junk[0]).as(ADMIN).request("GET", t.path() + "?" + junk[1]).mustRefuse().build());
        }
        for (String[] odd : QUERY_ODD) {
            probes.add(Probe.builder(Phase.READ, rt, odd[0]).as(ADMIN).request("GET", t.path() + "?" + join(t.baseQuery(), odd[1])).build());
        }
        probes.add(Probe.builder(Phase.READ, rt, "query: 9,000 characters (over the server's header limit)").as(ADMIN)
                .request("GET", t.path() + "?q=" + "c".repeat(9_000)).mustRefuse().build());
        probes.add(Probe.builder(Phase.READ, rt, "header: 9,000 characters (over the server's header limit)").as(ADMIN)
                .request("GET", t.path() + q(t.baseQuery())).header("X-Bad-Input", "d".repeat(9_000)).mustRefuse().build());
        for (String param : r.queryParams()) {
            String others = without(t.baseQuery(), param);
            String name = t.baselineOk() ? param : null;
            for (String[] v : PARAM_VALUES) {
                probes.add(Probe.builder(Phase.READ, rt, v[0]).subject(param).as(ADMIN)
                        .request("GET", t.path() + "?" + join(others, param + "=" + v[1])).mustName(name).build());
            }
            for (String[] junk : new String[][] { { "param: %zz", "%zz" }, { "param: lone %", "%" } }) {
                probes.add(Probe.builder(Phase.READ, rt, junk[0]).subject(param).as(ADMIN)
                        .request("GET", t.path() + "?" + join(others, param + "=" + junk[1])).mustRefuse().build());
            }
            probes.add(Probe.builder(Phase.READ, rt, "param: given twice").subject(param).as(ADMIN)
                    .request("GET", t.path() + "?" + join(others, param + "=1&" + param + "=2")).mustName(name).build());
            for (String bad : BAD_PAGING.getOrDefault(param, List.of())) {
                probes.add(Probe.builder(Phase.READ, rt, "paging: " + (bad.isEmpty() ? "empty" : bad)).subject(param).as(ADMIN)
                        .request("GET", t.path() + "?" + join(others, param + "=" + bad)).mustRefuse(t.baselineOk()).mustName(name).build());
            }
            if (param.equals("sort")) {
                String field = sortField(t);
                String repeated = String.join(",", java.util.Collections.nCopies(300, field));
                for (String[] s : new String[][] { { "sort: key repeated 300 times", repeated }, { "sort: lone minus", "-" },
                        { "sort: empty keys", ",,," }, { "sort: double minus", "--" + field } }) {
                    probes.add(Probe.builder(Phase.READ, rt, s[0]).subject(param).as(ADMIN)
                            .request("GET", t.path() + "?" + join(others, "sort=" + s[1])).mustName(name).build());
                }
            }
        }
        String target = t.path() + q(t.baseQuery());
        for (String accept : new String[] { "application/xml", "text/html", "image/png" }) {
            if (!r.producesAnyOf(accept)) {
                Probe.Builder b = Probe.builder(Phase.READ, rt, "accept: " + accept).as(ADMIN).request("GET", target).header("Accept", accept);
                probes.add((t.baselineOk() ? b.statuses(406) : b.mustRefuse()).build());
            }
        }
        for (String accept : new String[] { ";;;", "application/json;q=abc", "*/*;q=2" }) {
            probes.add(Probe.builder(Phase.READ, rt, "accept: malformed " + accept).as(ADMIN).request("GET", target).header("Accept", accept).build());
        }
        probes.add(Probe.builder(Phase.READ, rt, "GET with a JSON body").as(ADMIN).request("GET", target)
                .body(JSON, "{\"zz\":1}".getBytes(StandardCharsets.UTF_8)).build());
        probes.add(Probe.builder(Phase.READ, rt, "GET with a body in a bogus charset").as(ADMIN).request("GET", target)
                .body(JSON + "; charset=bogus", "{\"zz\":1}".getBytes(StandardCharsets.UTF_8)).build());
        probes.add(Probe.builder(Phase.READ, rt, "GET with a body over 1 MiB").as(ADMIN).request("GET", target)
                .body(JSON, oversized()).build());
        probes.add(Probe.builder(Phase.READ, rt, "path: unknown sub-path").as(ADMIN).request("GET", t.path() + "/zz-unknown/zz")
                .mustRefuse().build());
        if (!r.access().permitAll() && r.access().roles() != null) {
            wrongRole(t, Phase.READ);
        }
    }

    private String sortField(Target t) {
        JsonNode item = Samples.firstItem(samples.json(t.path() + q(t.baseQuery())));
        if (item != null && item.fieldNames().hasNext()) {
            return item.fieldNames().next();
        }
        return "id";
    }

    // ---------------------------------------------------------------- writes

    private void writes(Target t) {
        Route r = t.route();
        String rt = t.rt();
        Phase phase = r.method().equals("DELETE") ? Phase.DELETE : Phase.WRITE;
        pathJunk(t, phase);
        for (String[] junk : QUERY_ENCODING) {
            probes.add(write(Probe.builder(phase, rt, junk[0]).as(ADMIN), t, t.path() + "?" + junk[1]).mustRefuse().build());
        }
        if (r.entity() && t.base() != null) {
            jsonBody(t, phase);
        } else if (r.entity()) {
            otherBody(t, phase);
        }
        if (r.takesIfMatch() && t.eTagRecord() != null) {
            for (String bad : BAD_IF_MATCH) {
                probes.add(withBody(Probe.builder(phase, rt, "If-Match: " + kindOf(bad)).as(ADMIN).request(r.method(), t.path()), t)
                        .header("If-Match", bad).mustRefuse().build());
            }
        }
        if (!r.access().permitAll()) {
            wrongRole(t, phase);
        }
        if (t.ownETag() && (r.method().equals("PUT") || r.method().equals("PATCH") || r.method().equals("DELETE"))) {
            probes.add(withBody(Probe.builder(Phase.MISSING_IF_MATCH, rt, "If-Match: missing").as(ADMIN).request(r.method(), t.path()), t)
                    .statuses(428).build());
        }
    }

    private static String kindOf(String ifMatch) {
        if (ifMatch.length() > 100) {
            return "10,000 characters";
        }
        return ifMatch.equals("garbage") ? "unquoted" : ifMatch.equals("\"0\"") ? "stale" : ifMatch;
    }

    private void jsonBody(Target t, Phase phase) {
        Route r = t.route();
        String rt = t.rt();
        String method = r.method();
        JsonNode base = t.base();
        String baseJson = text(base);
        // One field at a time: the rest of the body stays as valid as the sample made it.
        if (r.body().kind == Shape.Kind.OBJECT) {
            for (Map.Entry<String, Shape> f : r.body().fields.entrySet()) {
                mutateField(t, phase, (ObjectNode) base, f.getKey(), f.getValue(), base.get(f.getKey()));
            }
            ObjectNode unknown = ((ObjectNode) base).deepCopy();
            unknown.put("zzUnknownField", 1);
            probes.add(json(t, phase, "field: unknown field", "zzUnknownField", text(unknown), true));
            for (String[] v : new String[][] { { "body: a list", "[]" }, { "body: text", "\"text\"" }, { "body: number", "123" },
                    { "body: boolean", "true" } }) {
                probes.add(json(t, phase, v[0], null, v[1], false));
            }
        }
        for (String[] v : new String[][] { { "body: truncated JSON", baseJson.substring(0, baseJson.length() - 1) },
                { "body: trailing brace", baseJson + "}" }, { "body: trailing garbage", baseJson + " x" },
                { "body: single quotes", "{'a': 1}" }, { "body: not JSON", "hello" }, { "body: comment", "/* c */" + baseJson },
                { "body: 50,000 nested lists", "[".repeat(50_000) },
                { "body: field of 50,000 nested lists", "{\"" + firstField(r) + "\":" + "[".repeat(50_000) + "}" } }) {
            probes.add(json(t, phase, v[0], null, v[1], false));
        }
        byte[] raw = baseJson.getBytes(StandardCharsets.UTF_8);
        probes.add(withRaw(t, phase, "body: raw NUL byte in text", insertIntoText(raw, new byte[] { 0 })));
        probes.add(withRaw(t, phase, "body: invalid UTF-8 in text", insertIntoText(raw, new byte[] { (byte) 0xff, (byte) 0xfe })));
        probes.add(withRaw(t, phase, "body: CESU-8 surrogate in text", insertIntoText(raw, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 })));
        // No body at all: a route may take its body as optional, so only the stale If-Match makes a refusal certain.
        for (String[] v : new String[][] { { "body: empty", null }, { "body: null", "null" } }) {
            Probe.Builder b = Probe.builder(phase, rt, v[0]).as(ADMIN).request(method, t.path())
                    .body(JSON, v[1] == null ? new byte[0] : v[1].getBytes(StandardCharsets.UTF_8)).consumes(r.consumes());
            if (r.takesIfMatch() && t.eTagRecord() != null) {
                b.header("If-Match", "\"0\"").mustRefuse();
            }
            probes.add(b.build());
        }
        contentTypes(t, phase, raw);
        oversized(t, phase, JSON);
    }

    private void mutateField(Target t, Phase phase, ObjectNode base, String field, Shape shape, JsonNode sample) {
        for (Mutations.Mutation m : Mutations.forField(shape, field, sample)) {
            ObjectNode body = base.deepCopy();
            body.put(field, MARKER);
            probes.add(json(t, phase, "field " + m.kind(), m.fieldFault() ? field : null, replaceMarker(body, m.json()), m.fieldFault(), field));
        }
        // One level down into a list of objects (a team's members, a launch's regions): the first element's fields.
        if (shape.kind == Shape.Kind.LIST && shape.element.kind == Shape.Kind.OBJECT) {
            JsonNode first = sample != null && sample.isArray() && sample.size() > 0 ? sample.get(0) : Samples.made(shape.element, field);
            for (Map.Entry<String, Shape> inner : shape.element.fields.entrySet()) {
                if (!inner.getValue().isScalar()) {
                    continue;
                }
                for (Mutations.Mutation m : Mutations.forField(inner.getValue(), inner.getKey(), first.get(inner.getKey()))) {
                    ObjectNode body = base.deepCopy();
                    ArrayNode list = JsonNodeFactory.instance.arrayNode();
                    ObjectNode element = first.isObject() ? ((ObjectNode) first).deepCopy() : JsonNodeFactory.instance.objectNode();
                    element.put(inner.getKey(), MARKER);
                    list.add(element);
                    body.set(field, list);
                    String where = field + "[0]." + inner.getKey();
                    probes.add(json(t, phase, "nested field " + m.kind(), m.fieldFault() ? inner.getKey() : null,
                            replaceMarker(body, m.json()), m.fieldFault(), where));
                }
            }
        }
    }

    private Probe json(Target t, Phase phase, String kind, String mustName, String json, boolean fieldFault) {
        return json(t, phase, kind, mustName, json, fieldFault, mustName);
    }

    /**
     * A body probe. The 400 must name the field only if the rest of the body came from real data: a made-up body may
     * be refused for another of its fields first.
     */
    private Probe json(Target t, Phase phase, String kind, String mustName, String json, boolean fieldFault, String subject) {
        return Probe.builder(phase, t.rt(), kind).subject(subject).as(ADMIN).request(t.route().method(), t.path())
                .body(JSON, json.getBytes(StandardCharsets.UTF_8)).ifMatchCurrentETagOf(ifMatchRecord(t)).mustRefuse()
                .mustName(fieldFault && t.baseFromData() ? mustName : null).consumes(t.route().consumes()).build();
    }

    private Probe withRaw(Target t, Phase phase, String kind, byte[] body) {
        return Probe.builder(phase, t.rt(), kind).as(ADMIN).request(t.route().method(), t.path()).body(JSON, body)
                .ifMatchCurrentETagOf(ifMatchRecord(t)).mustRefuse().consumes(t.route().consumes()).build();
    }

    private void contentTypes(Target t, Phase phase, byte[] body) {
        Route r = t.route();
        List<Object[]> types = new ArrayList<>();
        types.add(new Object[] { "content-type: charset=bogus", JSON + "; charset=bogus", Set.of(400, 415) });
        types.add(new Object[] { "content-type: none", null, Set.of(400, 415) });
        for (String other : new String[] { "text/plain", "application/xml", "application/x-www-form-urlencoded" }) {
            if (!r.consumesAnyOf(other)) {
                types.add(new Object[] { "content-type: " + other, other, Set.of(415) });
            }
        }
        for (Object[] ct : types) {
            @SuppressWarnings("unchecked")
            Set<Integer> statuses = (Set<Integer>) ct[2];
            probes.add(Probe.builder(phase, t.rt(), (String) ct[0]).as(ADMIN).request(r.method(), t.path()).body((String) ct[1], body)
                    .ifMatchCurrentETagOf(ifMatchRecord(t)).statuses(statuses.toArray(Integer[]::new)).consumes(r.consumes()).build());
        }
        // Content types a server may read leniently as JSON: the body is invalid anyway, so only the answer's shape counts.
        byte[] invalid = "{\"zzUnknownField\":1}".getBytes(StandardCharsets.UTF_8);
        for (String odd : new String[] { JSON + "; charset=UTF-16", "", "not a media type", JSON + "; ;;; =" }) {
            probes.add(Probe.builder(phase, t.rt(), "content-type: odd '" + odd + "'").as(ADMIN).request(r.method(), t.path())
                    .body(odd, invalid).ifMatchCurrentETagOf(ifMatchRecord(t)).consumes(r.consumes()).build());
        }
    }

    /** A route that takes something other than JSON (CSV, XLIFF, a plugin jar). */
    private void otherBody(Target t, Phase phase) {
        Route r = t.route();
        String own = r.consumes().isEmpty() ? "application/octet-stream" : r.consumes().get(0);
        byte[] garbage = new byte[2048];
        new java.util.Random(11).nextBytes(garbage);
        garbage[0] = 0;
        String target = t.path() + q(t.baseQuery());
        probes.add(Probe.builder(phase, t.rt(), "body: binary garbage").as(ADMIN).request(r.method(), target).body(own, garbage)
                .mustRefuse().consumes(r.consumes()).build());
        probes.add(Probe.builder(phase, t.rt(), "body: empty").as(ADMIN).request(r.method(), target).body(own, new byte[0])
                .consumes(r.consumes()).build());
        probes.add(Probe.builder(phase, t.rt(), "body: text with NUL and control characters").as(ADMIN).request(r.method(), target)
                .body(own, "a\u0000b\u001bc\n\u0000".getBytes(StandardCharsets.UTF_8)).mustRefuse().consumes(r.consumes()).build());
        // A sibling method on the same address may take the JSON (POST /api/tooling/usage: CSV or JSON rows).
        boolean jsonTakenThere = routes.stream().anyMatch(o -> o.method().equals(r.method())
                && o.template().equals(r.template()) && o.consumesAnyOf(JSON));
        if (!r.consumesAnyOf(JSON) && !jsonTakenThere) {
            probes.add(Probe.builder(phase, t.rt(), "content-type: JSON for a route that takes " + own).as(ADMIN).request(r.method(), target)
                    .body(JSON, "{}".getBytes(StandardCharsets.UTF_8)).statuses(415).consumes(r.consumes()).build());
        }
        probes.add(Probe.builder(phase, t.rt(), "content-type: none").as(ADMIN).request(r.method(), target).body(null, garbage)
                .statuses(400, 415).consumes(r.consumes()).build());
        probes.add(Probe.builder(phase, t.rt(), "content-type: charset=bogus").as(ADMIN).request(r.method(), target)
                .body(own + "; charset=bogus", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).mustRefuse().consumes(r.consumes()).build());
        oversized(t, phase, own);
    }

    private void oversized(Target t, Phase phase, String contentType) {
        Route r = t.route();
        String target = t.path() + q(t.baseQuery());
        probes.add(Probe.builder(phase, t.rt(), "body: over 1 MiB").as(ADMIN).request(r.method(), target).body(contentType, oversized())
                .ifMatchCurrentETagOf(ifMatchRecord(t)).statuses(413).consumes(r.consumes()).build());
        probes.add(Probe.builder(phase, t.rt(), "body: over 1 MiB, chunked").as(ADMIN).request(r.method(), target)
                .body(contentType, oversized()).chunked().ifMatchCurrentETagOf(ifMatchRecord(t)).statuses(413).consumes(r.consumes()).build());
    }

    private static byte[] oversized() {
        return ("{\"title\":\"" + "o".repeat(OVERSIZED) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- callers and paths

    /** The request of a route as a user whose roles it does not allow, with a valid body: 403. */
    private void wrongRole(Target t, Phase phase) {
        List<String> allowed = t.route().access().roles();
        if (allowed == null && !t.route().access().denyAll()) {
            return;
        }
        String user = null;
        for (Map.Entry<String, String> u : Api.USERS.entrySet()) {
            List<String> roles = List.of(u.getValue().split(","));
            if (roles.contains("admin") || (allowed != null && roles.stream().anyMatch(allowed::contains))) {
                continue;
            }
            user = u.getKey();
            break;
        }
        if (user != null) {
            probes.add(write(Probe.builder(phase, t.rt(), "caller: wrong role").subject(user).as(user), t, t.path() + q(t.baseQuery()))
                    .statuses(403).build());
        }
    }

    private void pathJunk(Target t, Phase phase) {
        for (String param : t.route().pathParams()) {
            String real = t.ids().get(param);
            List<String[]> junk = new ArrayList<>(PATH_JUNK);
            if (real != null && real.matches("[0-9]+")) {
                junk.addAll(NUMERIC_ID_JUNK);
            }
            for (String[] j : junk) {
                // A dot segment names another path; on a read that path may well exist, on a write never.
                boolean refuse = t.route().writes() || !j[0].contains("dot segment");
                probes.add(write(Probe.builder(phase, t.rt(), j[0]).subject(param).as(ADMIN), t, withParam(t, param, j[1]))
                        .mustRefuse(refuse).build());
            }
        }
    }

    private String withParam(Target t, String param, String junk) {
        Map<String, String> ids = new LinkedHashMap<>(t.ids());
        ids.put(param, junk.replace("{real}", t.ids().getOrDefault(param, "1")));
        return t.route().fill(ids);
    }

    private void perTemplate(String template, List<Route> served) {
        Target any = target(served.get(0));
        String path = any.path();
        boolean open = served.stream().allMatch(r -> r.access().permitAll());
        Probe.Builder options = Probe.builder(Phase.ANONYMOUS, "OPTIONS " + template, "anonymous OPTIONS").request("OPTIONS", path);
        probes.add((open ? options.mustNotDescribe() : options.mustRefuse()).build());
        probes.add(Probe.builder(Phase.ANONYMOUS, "GET " + template, "anonymous ?_wadl").request("GET", path + "?_wadl").mustRefuse().build());
        probes.add(Probe.builder(Phase.READ, "OPTIONS " + template, "OPTIONS").as(ADMIN).request("OPTIONS", path).build());
        Set<String> methods = served.stream().map(Route::method).collect(Collectors.toSet());
        for (String m : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "BREW")) {
            if (methods.contains(m)) {
                continue;
            }
            Probe.Builder b = Probe.builder(Phase.READ, m + " " + template, "method: not served").as(ADMIN).request(m, path).mustRefuse();
            if (!m.equals("GET") && !m.equals("DELETE") && !m.equals("TRACE")) {
                b.body(JSON, "{}".getBytes(StandardCharsets.UTF_8));
            }
            probes.add(b.build());
        }
    }

    private void unknownPaths() {
        String[][] paths = {
            { "unknown path", "/api/zz-unknown" },
            { "unknown path", "/api/planning/zz-unknown" },
            { "unknown path: upper case", "/api/PLANNING/POLICIES" },
            { "unknown path: traversal %2e%2e", "/api/%2e%2e/%2e%2e/etc/passwd" },
            { "unknown path: encoded slashes", "/api/..%2f..%2fetc%2fpasswd" },
            { "unknown path: %u002e", "/api/%u002e%u002e/x" },
            { "unknown path: lone %", "/api/%" },
            { "unknown path: backslash", "/api/a\\b" },
            { "unknown path: 5,000 characters", "/api/" + "p".repeat(5_000) },
            { "unknown path: root of the API", "/api/" } };
        for (String[] p : paths) {
            probes.add(Probe.builder(Phase.ANONYMOUS, "GET " + p[1], "anonymous " + p[0]).request("GET", p[1]).mustRefuse().build());
            probes.add(Probe.builder(Phase.READ, "GET " + p[1], p[0]).as(ADMIN).request("GET", p[1]).mustRefuse().build());
        }
        for (String wadl : new String[] { "/api/?_wadl", "/api/?_wadl&_type=json" }) {
            probes.add(Probe.builder(Phase.ANONYMOUS, "GET " + wadl, "anonymous ?_wadl").request("GET", wadl).mustRefuse().build());
        }
        probes.add(Probe.builder(Phase.ANONYMOUS, "OPTIONS /api/", "anonymous OPTIONS").request("OPTIONS", "/api/").mustRefuse().build());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Puts the request of a route on a builder: method, target, its base body if it takes one, and the current ETag
     * of its record, so that only the malformation at hand can be the reason for a refusal.
     */
    private Probe.Builder write(Probe.Builder b, Target t, String target) {
        b.request(t.route().method(), target).consumes(t.route().consumes());
        if (t.route().writes()) {
            b.ifMatchCurrentETagOf(ifMatchRecord(t));
        }
        return withBody(b, t);
    }

    private Probe.Builder withBody(Probe.Builder b, Target t) {
        if (t.base() != null) {
            b.body(JSON, text(t.base()).getBytes(StandardCharsets.UTF_8));
        }
        return b;
    }

    /** The record whose ETag goes into If-Match: only for routes that read If-Match. */
    private static String ifMatchRecord(Target t) {
        return t.route().takesIfMatch() ? t.eTagRecord() : null;
    }

    private static String firstField(Route r) {
        return r.body().kind == Shape.Kind.OBJECT && !r.body().fields.isEmpty() ? r.body().fields.keySet().iterator().next() : "x";
    }

    private static String text(JsonNode node) {
        try {
            return Api.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replaceMarker(JsonNode body, String json) {
        return text(body).replace("\"" + MARKER + "\"", json);
    }

    /** The body with bytes put at the start of its first text value (or a new text field if it has none). */
    private static byte[] insertIntoText(byte[] json, byte[] bytes) {
        String s = new String(json, StandardCharsets.UTF_8);
        int at = s.indexOf("\":\"");
        if (at < 0) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes("{\"x\":\"".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        int cut = s.substring(0, at + 3).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[json.length + bytes.length];
        System.arraycopy(json, 0, out, 0, cut);
        System.arraycopy(bytes, 0, out, cut, bytes.length);
        System.arraycopy(json, cut, out, cut + bytes.length, json.length - cut);
        return out;
    }

    private static String q(String query) {
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    private static String join(String first, String second) {
        return first == null || first.isEmpty() ? second : first + "&" + second;
    }

    private static String without(String query, String param) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String part : query.split("&")) {
            if (!part.startsWith(param + "=")) {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }
}
