package org.policyops.metrics.internal.domain;

import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A value's dimensions as one key: {@code name=value} pairs sorted by name, joined by {@code &}, with {@code %},
 * {@code &} and {@code =} escaped; the empty string for a value over everything.
 */
public final class Dimensions {

    private Dimensions() {
    }

    public static String key(Map<String, String> dimensions) {
        StringJoiner j = new StringJoiner("&");
        new TreeMap<>(dimensions).forEach((k, v) -> j.add(escape(k) + "=" + escape(v)));
        return j.toString();
    }

    public static Map<String, String> parse(String key) {
        if (key == null || key.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        for (String pair : key.split("&")) {
            int eq = pair.indexOf('=');
            out.put(unescape(pair.substring(0, eq)), unescape(pair.substring(eq + 1)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("&", "%26").replace("=", "%3D");
    }

    private static String unescape(String s) {
        return s.replace("%3D", "=").replace("%26", "&").replace("%25", "%");
    }
}
