package org.policyops.localization.internal.rest;

import java.net.URI;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.policyops.core.rest.ETags;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.dto.Tagged;

/** Request and response details the localization resources share. */
final class Http {

    private Http() {
    }

    /** Reads limit/offset/sort, which arrive as text so that {@code limit=ten} is a 400 naming the parameter. */
    static PageRequest page(String limit, String offset, String sort, Map<String, String> sortable, String defaultSort) {
        Validator v = new Validator();
        Integer l = v.parse("limit", limit, Http::whole);
        Integer o = v.parse("offset", offset, Http::whole);
        v.throwIfInvalid();
        return PageRequest.of(l, o, sort, sortable, defaultSort);
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number (was '" + text + "')", e);
        }
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(400, "Invalid request", "This request needs a JSON body.");
        }
        return body;
    }

    /** Reads an optional true/false parameter. */
    static Boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false (was '" + text + "')");
        };
    }

    static Response ok(Tagged<?> tagged) {
        return Response.ok(tagged.body()).tag(ETags.of(tagged.version())).build();
    }

    static Response created(URI location, Tagged<?> tagged) {
        return Response.created(location).entity(tagged.body()).tag(ETags.of(tagged.version())).build();
    }
}
