package org.policyops.examples.webhook;

import java.util.Map;

import org.policyops.api.compliance.DomainEvent;

/** A small JSON writer for events: strings, numbers, booleans and null, with RFC 8259 escaping. */
final class Json {

    private Json() {
    }

    /** {@code {"topic":"...","properties":{...}}}; properties in name order (DomainEvent sorts them). */
    static String event(DomainEvent event) {
        StringBuilder out = new StringBuilder(128);
        out.append("{\"topic\":");
        string(out, event.topic());
        out.append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : event.properties().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            value(out, e.getValue());
        }
        return out.append("}}").toString();
    }

    static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            out.append("null"); // JSON has no NaN or infinity
        } else if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            out.append("null");
        } else if (value instanceof Number) {
            out.append(value);
        } else {
            string(out, value.toString());
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Control characters, and the separators JavaScript does not allow in strings.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
