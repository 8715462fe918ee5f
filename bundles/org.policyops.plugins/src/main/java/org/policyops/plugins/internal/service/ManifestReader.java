package org.policyops.plugins.internal.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the main section of an uploaded manifest within set bounds, instead of {@code java.util.jar.Manifest}: that
 * class reads any size, and logs a warning for every repeated header (a 306 KB upload whose manifest inflated to
 * 200 MB of one header kept two cores busy for 36 minutes and wiped the log). Here the manifest's size and line
 * count are bounded, and a repeated header in the main section is refused: the JAR specification allows only one,
 * and which one a reader takes differs between readers.
 */
final class ManifestReader {

    /** Header names as the JAR specification defines them. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,69}");

    private ManifestReader() {
    }

    /**
     * The main attributes, keyed by header name as written (look-ups are case-insensitive through
     * {@link #get(Map, String)}).
     *
     * @throws org.policyops.core.rest.ProblemException 400 naming the fault
     */
    static Map<String, String> mainAttributes(byte[] manifest, int maxBytes, int maxLines, String what) {
        if (manifest.length > maxBytes) {
            throw ZipScan.bad(what + ": its META-INF/MANIFEST.MF has " + manifest.length + " bytes; at most " + maxBytes + " are accepted");
        }
        String text = new String(manifest, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length > maxLines) {
            throw ZipScan.bad(what + ": its META-INF/MANIFEST.MF has " + lines.length + " lines; at most " + maxLines + " are accepted");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break; // the end of the main section; per-entry sections (signatures' digests) follow
            }
            if (line.startsWith(" ")) {
                if (name == null) {
                    throw ZipScan.bad(what + ": line " + (i + 1) + " of its manifest continues no header");
                }
                value.append(line, 1, line.length());
                continue;
            }
            if (name != null) {
                headers.put(name, value.toString());
            }
            int colon = line.indexOf(": ");
            if (colon < 0 && line.endsWith(":")) {
                colon = line.length() - 1;
            }
            if (colon <= 0 || !NAME.matcher(line.substring(0, colon)).matches()) {
                throw ZipScan.bad(what + ": line " + (i + 1) + " of its manifest is not a header ('Name: value')");
            }
            name = line.substring(0, colon);
            String key = name.toLowerCase(Locale.ROOT);
            if (seen.put(key, name) != null) {
                throw ZipScan.bad(what + ": its manifest has the header " + name + " more than once");
            }
            value = new StringBuilder(colon + 2 <= line.length() ? line.substring(Math.min(colon + 2, line.length())) : "");
        }
        if (name != null) {
            headers.put(name, value.toString());
        }
        return headers;
    }

    /** A header's value, the name matched without regard to case as in the JAR specification; null if absent. */
    static String get(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
