package org.policyops.core.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.policyops.api.LocaleTag;
import org.policyops.api.RegionCode;

/**
 * What every domain's resources do with a request and a response: read paging parameters, ids, flags, region and
 * locale filters; require a body; answer with an ETag or as a CSV download. Parameters arrive as text so that a bad
 * one is a 400 problem naming it; JAX-RS would answer a failed conversion of a typed parameter with 404.
 */
public final class RestSupport {

    private RestSupport() {
    }

    /** Reads {@code limit}, {@code offset} and {@code sort} (see {@link PageRequest}). */
    public static PageRequest page(String limit, String offset, String sort, Map<String, String> sortable,
            String defaultSort) {
        Validator v = new Validator();
        Integer l = v.parse("limit", limit, RestSupport::whole);
        Integer o = v.parse("offset", offset, RestSupport::whole);
        v.throwIfInvalid();
        return PageRequest.of(l, o, sort, sortable, defaultSort);
    }

    /**
     * Parses a whole number for {@link Validator#parse}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Integer whole(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number (was '" + text + "')", e);
        }
    }

    /** Reads a numeric id from the address; one that is not a number names no record, so it is a 404. */
    public static long id(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what, text);
        }
    }

    /** Refuses a request that came without a JSON body. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(400, "Invalid request", "This request needs a JSON body.");
        }
        return body;
    }

    /** Reads an optional true/false parameter; absent or blank is null. */
    public static Boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false (was '" + text + "')");
        };
    }

    /** Reads an optional region filter, normalised (e.g. {@code eu} → {@code EU}); absent or blank is null. */
    public static String region(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RegionCode.of(text).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, e.getMessage());
        }
    }

    /** Reads an optional locale filter, normalised (e.g. {@code pt_br} → {@code pt-BR}); absent or blank is null. */
    public static String locale(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocaleTag.of(text).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, e.getMessage());
        }
    }

    /** Reads an optional free-text filter, trimmed; absent or blank is null. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** 200 with the body and its version as the ETag. */
    public static Response ok(Tagged<?> tagged) {
        return Response.ok(tagged.body()).tag(ETags.of(tagged.version())).build();
    }

    /** 201 with the new record's address, the body and its version as the ETag. */
    public static Response created(URI location, Tagged<?> tagged) {
        return Response.created(location).entity(tagged.body()).tag(ETags.of(tagged.version())).build();
    }

    /** 200 with a CSV document that browsers save under the given file name. */
    public static Response csv(String text, String fileName) {
        return Response.ok(text, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
