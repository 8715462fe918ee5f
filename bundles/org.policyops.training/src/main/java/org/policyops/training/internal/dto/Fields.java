package org.policyops.training.internal.dto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;

/** Formats shared by the training request bodies and CSV rows. */
public final class Fields {

    /** Course and curriculum codes, learner ids: letters, digits and {@code . _ - @}, starting with a letter or digit. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    /** Roles: lower case words joined with hyphens, e.g. {@code moderator}, {@code qa-reviewer}. */
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** The most roles one learner has; the most locales are bounded by their joined length (200). */
    public static final int MAX_ROLES = 20;

    private Fields() {
    }

    public static String code(Validator v, String field, String value) {
        String t = v.requireText(field, value, 64);
        if (t != null && !CODE.matcher(t).matches()) {
            v.reject(field, "must be 1-64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit (was '" + t + "')");
            return null;
        }
        return t;
    }

    public static String region(Validator v, String field, String value) {
        return v.parse(field, v.require(field, value), s -> RegionCode.of(s.trim()).value());
    }

    public static String role(Validator v, String field, String value) {
        String t = v.requireText(field, value, 64);
        if (t != null && !ROLE.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            v.reject(field, "must be a lower-case word or words joined with '-', e.g. moderator (was '" + t + "')");
            return null;
        }
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    /** A list of roles, at least one. */
    public static TreeSet<String> roles(Validator v, String field, Collection<String> values) {
        TreeSet<String> roles = new TreeSet<>();
        if (values == null || values.isEmpty()) {
            v.reject(field, "needs at least one role");
            return roles;
        }
        if (values.size() > MAX_ROLES) {
            v.reject(field, "must have at most " + MAX_ROLES + " roles (had " + values.size() + ")");
            return roles;
        }
        int i = 0;
        for (String r : values) {
            String role = role(v, field + "[" + i++ + "]", r);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** BCP 47 tags joined with ';' for storage; null for none. */
    public static String locales(Validator v, String field, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 50) {
            v.reject(field, "must have at most 50 locales (had " + values.size() + ")");
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (LocaleTag t : v.parseAll(field, values, s -> LocaleTag.of(s.trim()))) {
            tags.add(t.value());
        }
        String joined = String.join(";", tags);
        if (joined.length() > 200) {
            v.reject(field, "lists too many locales (at most 200 characters joined)");
        }
        return joined.isEmpty() ? null : joined;
    }

    /** The stored ';'-joined list as a list. */
    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(";"));
    }
}
