package org.policyops.training.internal.rest;

import java.net.URI;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.policyops.core.rest.ETags;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.dto.Tagged;

/** What the training resources share: paging parameters read as text (so a bad one is a 400), bodies, ETags. */
final class RestSupport {

    private RestSupport() {
    }

    static PageRequest page(String limit, String offset, String sort, Map<String, String> sortable, String defaultSort) {
        Validator v = new Validator();
        Integer l = v.parse("limit", limit, t -> whole(t));
        Integer o = v.parse("offset", offset, t -> whole(t));
        v.throwIfInvalid();
        return PageRequest.of(l, o, sort, sortable, defaultSort);
    }

    static int whole(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number (was '" + text + "')", e);
        }
    }

    /** A numeric id from the address; anything else names no record (404). */
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

    static Response csv(String text, String fileName) {
        return Response.ok(text, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
