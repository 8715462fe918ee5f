package org.policyops.launches.internal.rest;

import java.net.URI;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.policyops.core.rest.ETags;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.launches.internal.dto.Tagged;

/** What the launches resources share: paging parameters, ids, bodies, answers with an ETag. */
final class RestSupport {

    private RestSupport() {
    }

    /** Reads limit, offset and sort as text so that {@code limit=ten} is a 400 naming the parameter. */
    static PageRequest page(String limit, String offset, String sort, Map<String, String> sortable, String defaultSort) {
        Validator v = new Validator();
        Integer l = v.parse("limit", limit, RestSupport::integer);
        Integer o = v.parse("offset", offset, RestSupport::integer);
        v.throwIfInvalid();
        return PageRequest.of(l, o, sort, sortable, defaultSort);
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number (was '" + text + "')", e);
        }
    }

    /** A numeric id from the address; one that is not a number names no record (404). */
    static long id(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what, text);
        }
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(400, "Invalid request", "This request needs a JSON body.");
        }
        return body;
    }

    static Response ok(Tagged<?> tagged) {
        return Response.ok(tagged.body()).tag(ETags.of(tagged.version())).build();
    }

    static Response created(URI location, Tagged<?> tagged) {
        return Response.created(location).entity(tagged.body()).tag(ETags.of(tagged.version())).build();
    }
}
