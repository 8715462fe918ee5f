package org.policyops.itests.badinput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the API stores, as its own reads show it: every list route without path parameters read in full (all pages),
 * and single records. Taken before and after the malformed requests, so anything they stored or changed shows. Fields
 * whose values change without any write (a readiness computed at read time, a health check's time) are found by
 * reading twice before the run, and left out of the comparison.
 */
final class Snapshots {

    private static final int PAGE = 500;

    private final Samples samples;

    Snapshots(Samples samples) {
        this.samples = samples;
    }

    /** The paths whose answers are compared: list routes (with their paging) and the records writes were aimed at. */
    record Subject(String path, boolean paged) {
    }

    Map<String, JsonNode> take(List<Subject> subjects) {
        Map<String, JsonNode> taken = new LinkedHashMap<>();
        for (Subject s : subjects) {
            taken.put(s.path(), s.paged() ? allPages(s.path()) : answer(s.path()));
        }
        return taken;
    }

    /** The JSON of a 200 answer, or the status as text (a record that is gone reads "HTTP 404"). */
    private JsonNode answer(String path) {
        RawHttp.Answer a = samples.fetch(path);
        JsonNode json = Samples.json(a);
        return json != null ? json : JsonNodeFactory.instance.textNode("HTTP " + a.status());
    }

    private JsonNode allPages(String path) {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = Samples.json(samples.fetch(path + "?limit=" + PAGE + "&offset=" + offset));
            if (page == null || !page.path("items").isArray()) {
                return offset == 0 ? answer(path) : all;
            }
            page.get("items").forEach(all::add);
            if (page.get("items").size() < PAGE) {
                return all;
            }
        }
    }

    /** Names of fields whose values differ between two snapshots taken without writes in between. */
    static Set<String> volatileFields(Map<String, JsonNode> first, Map<String, JsonNode> second) {
        Set<String> names = new TreeSet<>();
        for (String path : first.keySet()) {
            Map<String, String> a = flatten(first.get(path));
            Map<String, String> b = flatten(second.get(path));
            Set<String> keys = new TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (String k : keys) {
                if (!String.valueOf(a.get(k)).equals(String.valueOf(b.get(k)))) {
                    names.add(k.substring(k.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", ""));
                }
            }
        }
        return names;
    }

    /** What changed, one line per path: records added, removed and changed, with one example each. */
    static List<String> differences(Map<String, JsonNode> before, Map<String, JsonNode> after, Set<String> ignored) {
        List<String> lines = new ArrayList<>();
        for (String path : before.keySet()) {
            JsonNode b = strip(before.get(path), ignored);
            JsonNode a = strip(after.get(path), ignored);
            if (String.valueOf(b).equals(String.valueOf(a))) {
                continue;
            }
            if (b != null && a != null && b.isArray() && a.isArray()) {
                Map<String, JsonNode> was = byIdentity(b);
                Map<String, JsonNode> is = byIdentity(a);
                List<String> added = new ArrayList<>();
                List<String> removed = new ArrayList<>();
                List<String> changed = new ArrayList<>();
                is.keySet().stream().filter(k -> !was.containsKey(k)).forEach(added::add);
                was.keySet().stream().filter(k -> !is.containsKey(k)).forEach(removed::add);
                was.keySet().stream().filter(k -> is.containsKey(k) && !was.get(k).equals(is.get(k))).forEach(changed::add);
                StringBuilder sb = new StringBuilder(path).append(": ");
                sb.append(added.size()).append(" records added, ").append(removed.size()).append(" removed, ")
                        .append(changed.size()).append(" changed");
                if (!added.isEmpty()) {
                    sb.append("; added e.g. ").append(Probe.cut(is.get(added.get(0)).toString(), 300));
                }
                if (!removed.isEmpty()) {
                    sb.append("; removed e.g. ").append(Probe.cut(removed.get(0), 100));
                }
                if (!changed.isEmpty()) {
                    String k = changed.get(0);
                    sb.append("; changed e.g. ").append(Probe.cut(k, 80)).append(": ").append(firstDifference(was.get(k), is.get(k)));
                }
                lines.add(sb.toString());
            } else if (a != null && a.isTextual() || b != null && b.isTextual()) {
                lines.add(path + ": was " + Probe.cut(String.valueOf(b), 200) + ", is " + Probe.cut(String.valueOf(a), 200));
            } else {
                lines.add(path + ": answer changed: " + firstDifference(b, a));
            }
        }
        return lines;
    }

    private static Map<String, JsonNode> byIdentity(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode item : array) {
            String id = Samples.identity(item, null);
            map.put(id == null ? "#" + i + " " + item : id, item);
            i++;
        }
        return map;
    }

    private static String firstDifference(JsonNode before, JsonNode after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!String.valueOf(a.get(k)).equals(String.valueOf(b.get(k)))) {
                return k + " was " + Probe.cut(String.valueOf(a.get(k)), 120) + ", is " + Probe.cut(String.valueOf(b.get(k)), 120);
            }
        }
        return "(same fields)";
    }

    private static JsonNode strip(JsonNode node, Set<String> ignored) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        remove(copy, ignored);
        return copy;
    }

    private static void remove(JsonNode node, Set<String> ignored) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                if (ignored.contains(it.next())) {
                    it.remove();
                }
            }
            ((ObjectNode) node).forEach(child -> remove(child, ignored));
        } else if (node.isArray()) {
            node.forEach(child -> remove(child, ignored));
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten(node, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), prefix + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), prefix + "[" + i + "]", out);
            }
        } else {
            out.put(prefix, node.asText());
        }
    }
}
