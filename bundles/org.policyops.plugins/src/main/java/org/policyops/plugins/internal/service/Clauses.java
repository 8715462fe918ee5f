package org.policyops.plugins.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSGi manifest header clauses ({@code a;b;version="[1,2)";resolution:=optional, c}): the names of a clause, its
 * attributes and its directives. Enough of the OSGi header grammar for Import-Package, Provide-Capability and
 * Bundle-SymbolicName of an uploaded jar, read before anything is installed.
 */
final class Clauses {

    /** One clause: its paths (package names, or the namespace), attributes (with any {@code :type} kept in the key) and directives. */
    record Clause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {
    }

    private Clauses() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String text : split(header, ',')) {
            if (text.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(text, ';')) {
                String p = part.trim();
                int directive = p.indexOf(":=");
                int eq = p.indexOf('=');
                if (directive > 0 && directive < eq) {
                    directives.put(p.substring(0, directive).trim(), unquote(p.substring(directive + 2).trim()));
                } else if (eq > 0) {
                    attributes.put(p.substring(0, eq).trim(), unquote(p.substring(eq + 1).trim()));
                } else if (!p.isEmpty()) {
                    names.add(p);
                }
            }
            clauses.add(new Clause(names, attributes, directives));
        }
        return clauses;
    }

    /** Splits on the separator outside double quotes. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
