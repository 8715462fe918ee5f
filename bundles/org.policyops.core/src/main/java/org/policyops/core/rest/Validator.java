package org.policyops.core.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every problem with a request body before answering, so that a client learns of all of them at once.
 * {@link #throwIfInvalid()} throws a 400 problem naming each field at fault.
 */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    public Validator reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * What is wrong with a text no user means to send: a control character (tab, line feed and carriage return
     * aside) or half of a surrogate pair.
     *
     * @return the problem in words, or null when there is none
     */
    public static String unprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return "holds the control character " + String.format("U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "holds half of a surrogate pair (U+" + String.format("%04X", (int) c) + "), which is no character";
            }
        }
        return null;
    }

    /** Rejects a missing or blank text; returns the trimmed text or null. */
    public String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return optionalText(field, value, maxLength);
    }

    /** Accepts null; rejects text longer than maxLength or {@link #unprintable}; returns the trimmed text or null. */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        String bad = unprintable(trimmed);
        if (trimmed.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters (was " + trimmed.length() + ")");
        } else if (bad != null) {
            reject(field, bad);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Rejects a list longer than maxItems; null is an empty list.
     *
     * @return the list, or an empty one
     */
    public <T> List<T> maxItems(String field, List<T> values, int maxItems) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            reject(field, "must have at most " + maxItems + " items (had " + values.size() + ")");
        }
        return values;
    }

    public <T> T require(String field, T value) {
        if (value == null) {
            reject(field, "is required");
        }
        return value;
    }

    /**
     * Parses a value with a parser that throws {@link IllegalArgumentException} on bad input, recording the
     * parser's message against the field. Null stays null.
     */
    public <T> T parse(String field, String text, Function<String, T> parser) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    /** Parses each element, naming the element's index in the field path on error. */
    public <T> List<T> parseAll(String field, Collection<String> texts, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>();
        if (texts == null) {
            return parsed;
        }
        int i = 0;
        for (String text : texts) {
            String elementField = field + "[" + i++ + "]";
            if (text == null) {
                reject(elementField, "must not be null");
                continue;
            }
            T value = parse(elementField, text, parser);
            if (value != null) {
                parsed.add(value);
            }
        }
        return parsed;
    }

    public void range(String field, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            reject(field, "must be between " + plain(min) + " and " + plain(max) + " (was " + value + ")");
        }
    }

    public void positive(String field, Number value) {
        if (value != null && value.doubleValue() <= 0) {
            reject(field, "must be greater than 0 (was " + value + ")");
        }
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid; see errors.";
            throw new ProblemException(400, "Invalid request", detail, errors);
        }
    }
}
