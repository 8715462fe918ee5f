package org.policyops.tooling.internal.dto;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.policyops.api.LifecycleStage;
import org.policyops.api.LocaleTag;
import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.api.tooling.ToolKind;
import org.policyops.api.tooling.ToolStatus;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.entity.ToolEntity;

/** The formats of the tooling request bodies and of imported descriptors. */
public final class Fields {

    /** Tool keys: lower-case letters and digits with inner '-', '.' or '_' (Backstage entity names, lower case). */
    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?");

    /** Training's role names: lower-case words joined with '-'. */
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private Fields() {
    }

    /** An optional role whose learners make a target population, lower-cased; null when absent or blank. */
    public static String role(Validator v, String field, String value) {
        return v.parse(field, value == null || value.isBlank() ? null : value, s -> {
            String role = s.trim().toLowerCase(Locale.ROOT);
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("must be a role such as moderator or qa-reviewer: lower-case words "
                        + "joined with '-' (was '" + shown(s) + "')");
            }
            return role;
        });
    }

    /** Checks a tool key. @throws IllegalArgumentException saying what a key looks like */
    public static String key(String text) {
        String k = text.trim();
        if (!KEY.matcher(k).matches()) {
            throw new IllegalArgumentException("'" + shown(k) + "' is not a tool key: use 1-64 lower-case letters, digits "
                    + "and inner '-', '.' or '_', such as policy-authoring");
        }
        return k;
    }

    public static String requireKey(Validator v, String field, String value) {
        return v.parse(field, v.require(field, value), Fields::key);
    }

    public static String kind(Validator v, String field, String value) {
        return v.parse(field, v.require(field, value), s -> named(ToolKind.class, s).name());
    }

    public static String status(Validator v, String field, String value) {
        return v.parse(field, value, s -> named(ToolStatus.class, s).name());
    }

    /** Lifecycle stages, at least one, each once, in lifecycle order. */
    public static List<String> stages(Validator v, String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            v.reject(field, "needs at least one of " + List.of(LifecycleStage.values()));
            return List.of();
        }
        List<LifecycleStage> parsed = v.parseAll(field, v.maxItems(field, values, LifecycleStage.values().length * 2),
                s -> named(LifecycleStage.class, s));
        return parsed.stream().distinct().sorted().map(Enum::name).toList();
    }

    public static List<String> regions(Validator v, String field, List<String> values) {
        return distinct(v.parseAll(field, v.maxItems(field, values, ToolEntity.MAX_ITEMS), s -> RegionCode.of(s.trim()).value()));
    }

    public static List<String> locales(Validator v, String field, List<String> values) {
        return distinct(v.parseAll(field, v.maxItems(field, values, ToolEntity.MAX_ITEMS), s -> LocaleTag.of(s.trim()).value()));
    }

    public static List<String> policies(Validator v, String field, List<String> values) {
        return distinct(v.parseAll(field, v.maxItems(field, values, ToolEntity.MAX_ITEMS), s -> PolicyRef.requireValidKey(s.trim())));
    }

    public static List<String> keys(Validator v, String field, List<String> values) {
        return distinct(v.parseAll(field, v.maxItems(field, values, ToolEntity.MAX_ITEMS), Fields::key));
    }

    /** An absolute http or https address; null stays null. */
    public static String url(Validator v, String field, String value) {
        String t = v.optionalText(field, value, ToolEntity.MAX_URL);
        if (t == null) {
            return null;
        }
        try {
            URI u = new URI(t);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                v.reject(field, "must be an absolute http or https address (was '" + shown(t) + "')");
                return null;
            }
        } catch (URISyntaxException e) {
            v.reject(field, "must be an absolute http or https address (was '" + shown(t) + "')");
            return null;
        }
        return t;
    }

    /** Parses an enum constant by name, ignoring case, naming the constants when it is none of them. */
    public static <E extends Enum<E>> E named(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + List.of(type.getEnumConstants()) + " (was '" + shown(text) + "')", e);
        }
    }

    private static List<String> distinct(Collection<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
