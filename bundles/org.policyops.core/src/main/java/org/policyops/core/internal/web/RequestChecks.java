package org.policyops.core.internal.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.policyops.core.rest.Validator;

/**
 * Checks what arrives before the JAX-RS runtime parses it: the address (path and query) and the body's declared
 * charset. CXF and Jetty answer malformed addresses with an empty 500 or an HTML page, and a CXF control parameter
 * (such as {@code _method}) would change what the request means; here they become a {@link Refusal} the client can
 * act on.
 */
final class RequestChecks {

    /**
     * The longest query string taken, in characters as sent. Each page of a list repeats the query in four
     * {@code Link} headers, which must fit the web server's 8 KB of response headers.
     */
    static final int MAX_QUERY_LENGTH = 1500;

    /** Query parameters that CXF would act on itself (method override, media type override, WADL). */
    private static final Set<String> CONTROL_PARAMETERS = Set.of("_method", "_type", "_ctype", "_wadl", "_accept");

    /** Methods the API may answer; TRACE and the like are refused before they reach the web container's defaults. */
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Characters an RFC 3986 path segment may hold besides percent escapes (';' is left out: no matrix parameters). */
    private static final String PATH_CHARS = "-._~!$&'()*+,=:@/";

    /** The same for a query, where '/' and '?' may stand too. */
    private static final String QUERY_CHARS = "-._~!$&'()*+,;=:@/?";

    private RequestChecks() {
    }

    /** Why a request is refused: the HTTP status, the part at fault (a parameter's name, "path", a header) and why. */
    record Refusal(int status, String title, String field, String message) {

        static Refusal badRequest(String field, String message) {
            return new Refusal(400, "Invalid request", field, message);
        }
    }

    static Optional<Refusal> check(String method, String rawPath, String rawQuery, String contentType,
            String methodOverride, boolean credentials) {
        Optional<Refusal> r = path(rawPath);
        if (r.isPresent()) {
            return r;
        }
        r = query(rawQuery);
        if (r.isPresent()) {
            return r;
        }
        if (methodOverride != null) {
            return Optional.of(Refusal.badRequest("X-HTTP-Method-Override",
                    "is not supported; send the request with the HTTP method you mean"));
        }
        Optional<Refusal> m = method(method);
        if (m.isPresent()) {
            return m;
        }
        if ("OPTIONS".equalsIgnoreCase(method) && !credentials) {
            return Optional.of(new Refusal(401, "Unauthorized", null,
                    "Log in with HTTP Basic authentication to ask which methods a resource supports."));
        }
        return contentType(contentType);
    }

    /** TRACE and methods nobody serves. */
    static Optional<Refusal> method(String method) {
        if (KNOWN_METHODS.contains(method)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(405, "Method not allowed", null, "the API does not support the HTTP method "
                + (method != null && method.length() <= 20 && badText(method).isEmpty() ? method : "sent")
                + "; it takes GET, POST, PUT, PATCH, DELETE, HEAD and OPTIONS"));
    }

    static Optional<Refusal> path(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == ';') {
                return Optional.of(Refusal.badRequest("path",
                        "matrix parameters (';') are not supported in addresses; percent-encode a ';' that belongs to an id as %3B"));
            }
            if (c != '%' && !allowed(c, PATH_CHARS)) {
                return Optional.of(Refusal.badRequest("path", "holds the character " + shown(c)
                        + ", which must be percent-encoded (RFC 3986)"));
            }
        }
        String decoded;
        try {
            decoded = decode(rawPath, false);
        } catch (IllegalArgumentException e) {
            return Optional.of(Refusal.badRequest("path", e.getMessage()));
        }
        Optional<String> bad = badText(decoded);
        if (bad.isPresent()) {
            return Optional.of(Refusal.badRequest("path", bad.get()));
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of(Refusal.badRequest("path", "must not hold '.' or '..' segments"));
            }
            // An id with white space around it would be trimmed into another record's id somewhere down the line.
            if (!segment.isEmpty() && (Character.isWhitespace(segment.charAt(0))
                    || Character.isWhitespace(segment.charAt(segment.length() - 1)))) {
                return Optional.of(Refusal.badRequest("path", "a part of the address starts or ends with white space"));
            }
        }
        return Optional.empty();
    }

    static Optional<Refusal> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            return Optional.of(new Refusal(414, "URI too long", "query", "the query string is " + rawQuery.length()
                    + " characters long; at most " + MAX_QUERY_LENGTH + " are taken"));
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name;
            try {
                name = decode(rawName, true);
            } catch (IllegalArgumentException e) {
                return Optional.of(Refusal.badRequest("query", "a parameter name " + e.getMessage()));
            }
            String field = printable(name) ? name : "query";
            for (int i = 0; i < pair.length(); i++) {
                char c = pair.charAt(i);
                if (c != '%' && !allowed(c, QUERY_CHARS)) {
                    return Optional.of(Refusal.badRequest(field, "holds the character " + shown(c)
                            + ", which must be percent-encoded (RFC 3986)"));
                }
            }
            Optional<String> badName = badText(name);
            if (badName.isPresent()) {
                return Optional.of(Refusal.badRequest("query", "a parameter name " + badName.get()));
            }
            if (CONTROL_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(Refusal.badRequest(name, "is not a parameter of this API"));
            }
            String value;
            try {
                value = decode(rawValue, true);
            } catch (IllegalArgumentException e) {
                return Optional.of(Refusal.badRequest(field, e.getMessage()));
            }
            Optional<String> badValue = badText(value);
            if (badValue.isPresent()) {
                return Optional.of(Refusal.badRequest(field, badValue.get()));
            }
        }
        return Optional.empty();
    }

    static Optional<Refusal> contentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (!p.regionMatches(true, 0, "charset=", 0, 8)) {
                continue;
            }
            String charset = p.substring(8).trim();
            if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                charset = charset.substring(1, charset.length() - 1);
            }
            boolean supported;
            try {
                supported = Charset.isSupported(charset);
            } catch (IllegalCharsetNameException e) {
                supported = false;
            }
            if (!supported) {
                String shownName = printable(charset) && charset.length() <= 40 ? "'" + charset + "'" : "named";
                return Optional.of(new Refusal(415, "Unsupported media type", "Content-Type",
                        "the charset " + shownName + " is not supported; send the body as UTF-8 (charset=UTF-8)"));
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes percent escapes as UTF-8 ({@code plusIsSpace} for query parts).
     *
     * @throws IllegalArgumentException saying what is wrong with the escapes or the bytes
     */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    throw new IllegalArgumentException("holds an invalid percent-encoding: '%' must be followed by two "
                            + "hexadecimal digits");
                }
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8 once its percent-escapes are decoded", e);
        }
    }

    /** See {@link Validator#unprintable}. */
    static Optional<String> badText(String text) {
        return Optional.ofNullable(Validator.unprintable(text));
    }

    private static boolean allowed(char c, String extra) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || extra.indexOf(c) >= 0
                // Non-ASCII letters sent unencoded are taken as their UTF-8 bytes would be.
                || c > 0x7F && !Character.isISOControl(c);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static boolean printable(String s) {
        return badText(s).isEmpty() && s.length() <= 80;
    }

    private static String shown(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
