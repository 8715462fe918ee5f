package org.policyops.itests.badinput;

import java.util.ArrayList;
import java.util.List;

import org.policyops.itests.Api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Malformed values for one JSON field, by the field's type: wrong JSON types, numbers no field can hold, text no
 * user means (NUL, escape sequences, lone surrogates, 100,000 characters), dates and instants outside any sane range,
 * lists of 10,000 items. Each is JSON text, so tokens that are not JSON at all (NaN, Infinity) can be sent too.
 */
final class Mutations {

    /**
     * One malformed value.
     *
     * @param json the value as JSON text (or a token that is not JSON)
     * @param fieldFault true if the server can tell which field is wrong, so a 400 must name it; false for text
     *        that is not JSON, which is refused as a whole
     */
    record Mutation(String kind, String json, boolean fieldFault) {
    }

    static final String LONG_TEXT = "a".repeat(100_000);
    static final int LONG_LIST = 10_000;

    private Mutations() {
    }

    static List<Mutation> forField(Shape shape, String name, JsonNode sample) {
        List<Mutation> m = new ArrayList<>();
        switch (shape.kind) {
            case TEXT:
                wrongTypes(m, "true", "123", "{}", "[\"x\"]");
                badText(m);
                switch (Samples.TextKind.of(name, sample)) {
                    case INSTANT -> badInstants(m);
                    case DATE -> badDates(m);
                    case QUARTER -> {
                        add(m, "quarter: 2027-Q9", "\"2027-Q9\"");
                        add(m, "quarter: +999999999-Q1", "\"+999999999-Q1\"");
                        add(m, "quarter: 0000-Q1", "\"0000-Q1\"");
                    }
                    case MONTH -> {
                        add(m, "month: -999999999-01", "\"-999999999-01\"");
                        add(m, "month: 2027-13", "\"2027-13\"");
                    }
                    // Malformed in any code's format: an unknown but well-formed code may be a new region to create.
                    case CODE -> add(m, "code: malformed", "\"not a code!\"");
                    default -> {
                    }
                }
                break;
            case WHOLE:
                badNumbers(m, "\"12\"", "1.5", "99999999999999999999999");
                break;
            case DECIMAL:
                badNumbers(m, "\"1.5\"", "-1e400", "\"NaN\"");
                break;
            case BOOL:
                wrongTypes(m, "\"true\"", "1", "{}");
                add(m, "boolean: yes", "\"yes\"");
                break;
            case ENUM:
                wrongTypes(m, "0", "true", "{}");
                add(m, "enum: unknown value", "\"NOT_A_VALUE\"");
                add(m, "enum: NUL", "\"\\u0000\"");
                break;
            case DATE:
                wrongTypes(m, "20270115", "true", "{}");
                badDates(m);
                break;
            case INSTANT:
                wrongTypes(m, "1700000000", "true", "{}");
                badInstants(m);
                break;
            case LIST:
                wrongTypes(m, "\"text\"", "{}", "123");
                add(m, "list: [null]", "[null]");
                add(m, "list: 10,000 items", longList(shape.element, sample));
                switch (shape.element.kind) {
                    case TEXT, ENUM, DATE, INSTANT -> {
                        add(m, "list: number for text", "[123]");
                        add(m, "list: NUL text", "[\"\\u0000\"]");
                        add(m, "list: 100,000 characters", "[\"" + LONG_TEXT + "\"]");
                    }
                    case WHOLE, DECIMAL -> add(m, "list: text for number", "[\"ten\"]");
                    case OBJECT -> add(m, "list: text for object", "[\"text\"]");
                    default -> {
                    }
                }
                break;
            case OBJECT:
                wrongTypes(m, "\"text\"", "[]", "123");
                break;
            default:
                break;
        }
        return m;
    }

    /**
     * Wrong types, a number no field can hold, NaN and Infinity (which are not JSON), and the given values that are
     * wrong for this kind of number only.
     */
    private static void badNumbers(List<Mutation> m, String numericText, String... wrongForThisKind) {
        wrongTypes(m, "\"ten\"", numericText, "true", "{}", "[1]");
        add(m, "number: 1e400", "1e400");
        for (String v : wrongForThisKind) {
            add(m, "number: " + v, v);
        }
        m.add(new Mutation("not JSON: NaN", "NaN", false));
        m.add(new Mutation("not JSON: Infinity", "Infinity", false));
    }

    private static void wrongTypes(List<Mutation> m, String... values) {
        for (String v : values) {
            add(m, "type: " + typeName(v), v);
        }
    }

    private static String typeName(String json) {
        if (json.startsWith("\"")) {
            return json.matches("\"[0-9.]+\"") ? "numeric text" : json.equals("\"true\"") ? "boolean as text" : "text";
        }
        if (json.startsWith("{")) {
            return "object";
        }
        if (json.startsWith("[")) {
            return "list";
        }
        if (json.equals("true")) {
            return "boolean";
        }
        return "number";
    }

    private static void badText(List<Mutation> m) {
        add(m, "text: NUL", "\"\\u0000\"");
        add(m, "text: NUL inside", "\"Policy\\u0000name\"");
        add(m, "text: ESC sequence", "\"\\u001b[31mred\"");
        add(m, "text: DEL", "\"a\\u007fb\"");
        add(m, "text: unpaired high surrogate", "\"\\ud800\"");
        add(m, "text: unpaired low surrogate", "\"x\\udc00y\"");
        add(m, "text: 100,000 characters", "\"" + LONG_TEXT + "\"");
    }

    private static void badDates(List<Mutation> m) {
        for (String d : new String[] { "-999999999-01-01", "+999999999-12-31", "0000-01-01", "+1000000000-01-01", "2027-02-30",
                "2027-13-01", "not a date" }) {
            add(m, "date: " + d, "\"" + d + "\"");
        }
    }

    private static void badInstants(List<Mutation> m) {
        for (String i : new String[] { "-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z", "2027-01-15T25:00:00Z", "not an instant" }) {
            add(m, "instant: " + i, "\"" + i + "\"");
        }
    }

    private static void add(List<Mutation> m, String kind, String json) {
        m.add(new Mutation(kind, json, true));
    }

    /** 10,000 copies of a valid-looking element: only the length is wrong. */
    private static String longList(Shape element, JsonNode sample) {
        JsonNode one = sample != null && sample.isArray() && sample.size() > 0 ? sample.get(0) : Samples.made(element, "item");
        String item;
        try {
            item = one == null ? "\"x\"" : Api.JSON.writeValueAsString(one);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sb = new StringBuilder(LONG_LIST * (item.length() + 1) + 2).append('[');
        for (int i = 0; i < LONG_LIST; i++) {
            sb.append(i == 0 ? "" : ",").append(item);
        }
        return sb.append(']').toString();
    }
}
