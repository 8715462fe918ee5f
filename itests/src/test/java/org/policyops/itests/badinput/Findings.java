package org.policyops.itests.badinput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.policyops.itests.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks every answer against what its probe asks for and keeps the failures, grouped for a report a person can act
 * on: one line per failure class (what went wrong, the status, the kind of malformation) with how many requests and
 * routes it hit and one sample request and answer.
 */
final class Findings {

    static final String PROBLEM_JSON = "application/problem+json";

    /** One thing wrong with one answer. */
    record Failure(String problem, Probe probe, RawHttp.Answer answer) {
    }

    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<Probe, Boolean> failed = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> other = Collections.synchronizedList(new ArrayList<>());

    void check(Probe p, RawHttp.Answer a) {
        sent.incrementAndGet();
        int status = a.status();
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status < 0) {
            fail("no answer (" + a.failure() + ")", p, a);
            return;
        }
        if (status >= 500) {
            fail("answered " + status, p, a);
            return;
        }
        JsonNode problem = null;
        if (status >= 400) {
            refused.incrementAndGet();
            String type = a.header("content-type");
            if (type == null || !Route.bare(type).equals(PROBLEM_JSON)) {
                fail("4xx is not application/problem+json", p, a);
            } else {
                problem = parse(a);
                if (!hasMembers(problem, status)) {
                    fail("problem+json lacks an RFC 9457 member (type, title, status = HTTP status, detail)", p, a);
                }
            }
        }
        if (!p.statuses.isEmpty() && !p.statuses.contains(status)) {
            fail("expected " + new TreeSet<>(p.statuses) + ", got " + status, p, a);
        } else if (p.mustRefuse && (status < 400 || status > 499)) {
            fail("accepted a request it must refuse (expected 4xx), got " + status, p, a);
        }
        if (status == 400 && p.mustName != null && problem != null && !names(problem, p.mustName)) {
            fail("400 does not name the field or parameter at fault (errors[].field or detail)", p, a);
        }
        if (status == 415 && !p.consumes.isEmpty() && problem != null && !namesAny(problem.path("detail").asText(), p.consumes)) {
            fail("415 does not name the media types the route takes " + p.consumes, p, a);
        }
        if (p.mustNotDescribe && status >= 200 && status < 300 && a.body().length > 0) {
            fail("describes the API to an anonymous caller", p, a);
        }
    }

    /** A failure that is not about one answer (stored data, the log); reported after the answer classes. */
    void failOther(String text) {
        other.add(text);
    }

    private void fail(String problem, Probe p, RawHttp.Answer a) {
        failures.add(new Failure(problem, p, a));
        failed.put(p, Boolean.TRUE);
    }

    int sent() {
        return sent.get();
    }

    int refused() {
        return refused.get();
    }

    boolean clean() {
        return failures.isEmpty() && other.isEmpty();
    }

    static JsonNode parse(RawHttp.Answer a) {
        try {
            return a.body().length == 0 ? null : Api.JSON.readTree(a.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hasMembers(JsonNode p, int status) {
        return p != null && p.isObject() && p.path("type").isTextual() && p.path("title").isTextual()
                && p.path("status").isInt() && p.path("status").asInt() == status && p.path("detail").isTextual();
    }

    /** Whether a problem names a field or parameter: in {@code errors[].field} or in {@code detail}. */
    static boolean names(JsonNode problem, String name) {
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").asText().contains(name)) {
                return true;
            }
        }
        return problem.path("detail").asText().contains(name);
    }

    private static boolean namesAny(String detail, List<String> mediaTypes) {
        String d = detail.toLowerCase(Locale.ROOT);
        return mediaTypes.stream().anyMatch(t -> d.contains(Route.bare(t)));
    }

    /** The report: an overview by failure, then every failure class with counts, routes and one sample. */
    String report(int maxClasses) {
        Map<String, List<Failure>> classes = new LinkedHashMap<>();
        synchronized (failures) {
            for (Failure f : failures) {
                classes.computeIfAbsent(f.problem().replaceAll(", got \\d+$", "") + " | " + status(f) + " | " + f.probe().kind,
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<Map.Entry<String, List<Failure>>> sorted = new ArrayList<>(classes.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, List<Failure>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
        StringBuilder sb = new StringBuilder();
        sb.append(failed.size()).append(" of ").append(sent.get()).append(" requests failed, in ").append(sorted.size())
                .append(" failure classes; answers by status ").append(statuses).append('\n');
        overview(sb, sorted);
        int n = 0;
        for (Map.Entry<String, List<Failure>> e : sorted) {
            if (++n > maxClasses) {
                sb.append("… and ").append(sorted.size() - maxClasses).append(" more classes (see the full report)\n");
                break;
            }
            List<Failure> list = e.getValue();
            Failure sample = list.get(0);
            Map<String, Integer> routes = new TreeMap<>();
            for (Failure f : list) {
                routes.merge(f.probe().route, 1, Integer::sum);
            }
            String[] key = e.getKey().split(" \\| ", 3);
            sb.append(String.format("#%d [%s] status %s, %s: %d requests on %d routes%n", n, key[0], key[1], key[2], list.size(),
                    routes.size()));
            sb.append("    routes: ").append(routeList(routes, 6)).append('\n');
            sb.append("    e.g. ").append(sample.probe().describe()).append('\n');
            sb.append("      → ").append(answer(sample.answer())).append('\n');
        }
        if (!other.isEmpty()) {
            sb.append("\nBeyond single answers:\n");
            synchronized (other) {
                for (String o : other) {
                    sb.append("  - ").append(o).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Failures counted by what went wrong and status only: the short worklist. */
    private static void overview(StringBuilder sb, List<Map.Entry<String, List<Failure>>> classes) {
        Map<String, Integer> byProblem = new TreeMap<>();
        Map<String, Set<String>> kinds = new TreeMap<>();
        for (Map.Entry<String, List<Failure>> e : classes) {
            String[] key = e.getKey().split(" \\| ", 3);
            String problem = key[0] + " (status " + key[1] + ")";
            byProblem.merge(problem, e.getValue().size(), Integer::sum);
            kinds.computeIfAbsent(problem, k -> new TreeSet<>()).add(key[2]);
        }
        byProblem.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e -> sb.append("  ")
                .append(e.getValue()).append(" × ").append(e.getKey()).append(" — ").append(kinds.get(e.getKey()).size())
                .append(" kinds of input\n"));
        sb.append('\n');
    }

    private static String status(Failure f) {
        return f.answer().status() < 0 ? "none" : Integer.toString(f.answer().status());
    }

    private static String routeList(Map<String, Integer> routes, int max) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, Integer> r : routes.entrySet()) {
            if (n++ == max) {
                sb.append(" (+").append(routes.size() - max).append(" more)");
                break;
            }
            sb.append(n > 1 ? ", " : "").append(r.getKey()).append(r.getValue() > 1 ? " ×" + r.getValue() : "");
        }
        return sb.toString();
    }

    static String answer(RawHttp.Answer a) {
        if (a.status() < 0) {
            return a.failure();
        }
        String type = a.header("content-type");
        return a.status() + " " + (type == null ? "(no Content-Type)" : type) + " "
                + (a.body().length == 0 ? "(empty body)" : Probe.cut(a.text(), 220));
    }
}
