package org.policyops.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy version number, {@code MAJOR.MINOR.PATCH}. A short form such as {@code 3.1} is read as {@code 3.1.0}.
 * A new major version is the kind of change that requires people to be retrained.
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,5})(?:\\.(0|[1-9]\\d{0,5}))?(?:\\.(0|[1-9]\\d{0,5}))?");

    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers cannot be negative");
        }
    }

    public static SemanticVersion parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version: use MAJOR.MINOR.PATCH such as 3.1.0");
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
