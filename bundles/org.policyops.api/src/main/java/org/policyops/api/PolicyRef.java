package org.policyops.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a policy by key, optionally to one of its versions: {@code hate-speech} or
 * {@code hate-speech@3.1.0}. Domains that do not own the policy catalog hold policies by reference, so they work
 * whether or not the planning feature is installed.
 */
public record PolicyRef(String key, SemanticVersion version) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public PolicyRef {
        requireValidKey(key);
    }

    public static PolicyRef of(String key) {
        return new PolicyRef(key, null);
    }

    /** Parses {@code key} or {@code key@version}. */
    public static PolicyRef parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a policy reference is required, such as hate-speech or hate-speech@3.1.0");
        }
        int at = text.indexOf('@');
        return at < 0 ? of(text.trim())
                : new PolicyRef(text.substring(0, at).trim(), SemanticVersion.parse(text.substring(at + 1)));
    }

    public Optional<SemanticVersion> optionalVersion() {
        return Optional.ofNullable(version);
    }

    /** Checks a policy key: lower-case letters, digits and inner hyphens, at most 64 characters. */
    public static String requireValidKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("'" + key + "' is not a policy key: use 1-64 lower-case letters, "
                    + "digits and hyphens, such as hate-speech");
        }
        return key;
    }

    @Override
    public String toString() {
        return version == null ? key : key + "@" + version;
    }
}
