package org.policyops.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error of the API into one shape, RFC 9457 {@code application/problem+json}. Unexpected errors are
 * logged with an id that the 500 response carries, so a user's report can be matched to the log; no stack trace
 * ever reaches the client.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @Context
    Request request;

    private volatile Routes routes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRoutes(Routes routes) {
        this.routes = routes;
    }

    void unsetRoutes(Routes routes) {
        if (this.routes == routes) {
            this.routes = null;
        }
    }

    @Override
    public Response toResponse(Throwable exception) {
        String path = rawPath();
        Map<String, Object> problem = problemFor(exception, anonymous(), describe(path));
        if (path != null) {
            problem.put("instance", path.length() <= 200 ? path : path.substring(0, 200) + "…");
        }
        if (Integer.valueOf(415).equals(problem.get("status"))) {
            Routes r = routes;
            List<String> types = r == null || path == null || request == null ? List.of()
                    : r.consumes(request.getMethod(), path);
            if (!types.isEmpty()) {
                problem.put("detail", "This resource takes " + String.join(" or ", types)
                        + ": send the body with one of them as its Content-Type.");
                problem.put("accepted", types);
            }
        }
        int status = (Integer) problem.get("status");
        Response.ResponseBuilder rb = Response.status(status).type(PolicyOpsRest.PROBLEM_JSON).entity(problem);
        if (status == 401) {
            rb.header("WWW-Authenticate", "Basic realm=\"PolicyOps\", charset=\"UTF-8\"");
        }
        if (status == 429 && problem.get("retryAfter") instanceof Number seconds) {
            rb.header("Retry-After", seconds.longValue());
        }
        WebApplicationException web = find(exception, WebApplicationException.class);
        if (status == 405 && web != null && web.getResponse() != null) {
            // JAX-RS keeps one Allow value per method.
            for (Object allow : web.getResponse().getHeaders().getOrDefault("Allow", List.of())) {
                rb.header("Allow", allow);
            }
        }
        return rb.build();
    }

    private String rawPath() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private boolean anonymous() {
        try {
            return security == null || security.getUserPrincipal() == null;
        } catch (RuntimeException outsideARequest) {
            return true;
        }
    }

    private String describe(String path) {
        try {
            return (request == null ? "" : request.getMethod() + " ") + (path == null ? "" : path);
        } catch (RuntimeException outsideARequest) {
            return "";
        }
    }

    /** Builds the problem document; package-visible for unit tests. */
    static Map<String, Object> problemFor(Throwable exception) {
        return problemFor(exception, false, "");
    }

    /**
     * @param anonymous whether the request carried no credentials: its unexpected errors are logged without a stack
     *        trace, so that nobody can fill the log by sending requests
     */
    static Map<String, Object> problemFor(Throwable exception, boolean anonymous, String request) {
        ProblemException problem = find(exception, ProblemException.class);
        if (problem != null) {
            Map<String, Object> body = body(problem.status(), problem.title(), shorten(problem.detail(), 500));
            if (!problem.errors().isEmpty()) {
                // Messages may repeat what the client sent; an answer never repeats more than a line of it.
                body.put("errors", problem.errors().stream()
                        .map(f -> new FieldError(shorten(f.field(), 100), shorten(f.message(), 300))).toList());
            }
            // An extension never replaces a standard member: a "status" of the wrong type would break the answer.
            problem.extensions().forEach(body::putIfAbsent);
            return body;
        }
        // A number too large for its field is reported by the parser, at the field it was reading.
        InputCoercionException range = find(exception, InputCoercionException.class);
        if (range != null) {
            return outOfRange(range);
        }
        // Broken JSON text, even when Jackson reports it as a mapping error at the field it was reading.
        StreamReadException syntax = find(exception, StreamReadException.class);
        if (syntax != null) {
            return malformed(syntax);
        }
        JsonProcessingException json = find(exception, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem(json);
        }
        Throwable optimistic = findByName(exception, "javax.persistence.OptimisticLockException");
        if (optimistic != null) {
            return body(409, "Conflict", "The record was changed by someone else at the same time. Read it again and retry.");
        }
        WebApplicationException web = find(exception, WebApplicationException.class);
        if (web != null && web.getResponse() != null && web.getResponse().getStatus() < 500) {
            return webProblem(web);
        }
        // The databases' own checks, should a value pass validation that a column cannot hold: the request changed
        // nothing (its transaction rolled back), and it is the client's value that is at fault.
        java.sql.SQLException sql = find(exception, java.sql.SQLException.class);
        if (sql != null && sql.getSQLState() != null) {
            if (sql.getSQLState().startsWith("22")) {
                return body(400, "Invalid request", "A value in the request is too long or out of range for the database "
                        + "(SQL state " + sql.getSQLState() + "); nothing was stored.");
            }
            if (sql.getSQLState().startsWith("23")) {
                return body(409, "Conflict", "The request conflicts with a record stored in the meantime (SQL state "
                        + sql.getSQLState() + "); nothing was stored. Read the records again and retry.");
            }
        }
        String id = UUID.randomUUID().toString();
        if (anonymous) {
            LOG.error("Unexpected error, problem id {}, {} (anonymous request; no stack trace): {}", id, request,
                    exception.toString());
        } else {
            LOG.error("Unexpected error, problem id {}, {}", id, request, exception);
        }
        Map<String, Object> body = body(500, "Internal server error",
                "Something went wrong on the server. Report problem id " + id + " to your administrator; it is in the log.");
        body.put("problemId", id);
        return body;
    }

    private static Map<String, Object> webProblem(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        switch (status) {
            case 404:
                return body(404, "Not found", "There is no resource at this address. The API lives under /api; docs/README.md lists its paths.");
            case 405:
                return body(405, "Method not allowed", "This resource does not support that HTTP method; the Allow header lists the ones it does.");
            case 406:
                return body(406, "Not acceptable", "This resource cannot answer in any media type that Accept lists. Every resource "
                        + "answers application/json; some also offer other formats (see docs/README.md).");
            case 413:
                return body(413, "Request body too large", web.getMessage() != null && web.getMessage().startsWith("The request body")
                        ? web.getMessage() : "The request body is larger than this server accepts.");
            case 415:
                return body(415, "Unsupported media type", "This resource does not take a body of that Content-Type.");
            case 401:
                return body(401, "Unauthorized", "Log in with HTTP Basic authentication.");
            case 403:
                return body(403, "Forbidden", "Your roles do not allow this.");
            default:
                Response.StatusType type = web.getResponse().getStatusInfo();
                return body(status, type.getReasonPhrase(), web.getMessage() == null ? type.getReasonPhrase() : web.getMessage());
        }
    }

    private static Map<String, Object> jsonProblem(JsonProcessingException json) {
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message;
            if (mapping instanceof UnrecognizedPropertyException unknown) {
                message = "is not a known field" + (unknown.getKnownPropertyIds() == null ? ""
                        : "; known fields are " + unknown.getKnownPropertyIds());
            } else if (mapping instanceof InvalidFormatException format) {
                message = "cannot be read as " + typeName(format.getTargetType()) + " (got " + shown(format.getValue()) + ")";
            } else if (mapping instanceof ValueInstantiationException inst && inst.getCause() != null) {
                message = inst.getCause().getMessage();
            } else if (mapping instanceof MismatchedInputException mismatch) {
                message = "has the wrong type; expected " + typeName(mismatch.getTargetType());
            } else {
                message = mapping.getOriginalMessage();
            }
            Map<String, Object> body = body(400, "Invalid request", field + ": " + message);
            body.put("errors", List.of(new FieldError(field, message)));
            return body;
        }
        // Valid JSON of the wrong shape, such as a list where an object belongs.
        String message = json instanceof ValueInstantiationException inst && inst.getCause() != null
                ? inst.getCause().getMessage()
                : json instanceof MismatchedInputException mismatch
                        ? "The request body must be " + typeName(mismatch.getTargetType()) + "."
                        : "The request body does not have the expected shape.";
        return body(400, "Invalid request", message);
    }

    private static Map<String, Object> outOfRange(InputCoercionException e) {
        String field = null;
        JsonParser p = e.getProcessor();
        if (p != null && p.getParsingContext() != null) {
            field = p.getParsingContext().getCurrentName();
        }
        String message = "is out of range for " + typeName(e.getTargetType());
        if (field == null) {
            return body(400, "Invalid request", "A number in the request body " + message + ".");
        }
        Map<String, Object> body = body(400, "Invalid request", field + ": " + message);
        body.put("errors", List.of(new FieldError(field, message)));
        return body;
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** A value as the client sent it, short enough to repeat in an answer. */
    private static String shown(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static Map<String, Object> malformed(JsonProcessingException json) {
        String location = json.getLocation() == null ? ""
                : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        return body(400, "Malformed JSON", "The request body is not valid JSON" + location + ": " + json.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(c.toString());
            }
            return "one of " + names;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static Map<String, Object> body(int status, String title, String detail) {
        return ProblemBodies.of(status, title, detail);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c : causes(t)) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable findByName(Throwable t, String className) {
        for (Throwable c : causes(t)) {
            for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
                if (k.getName().equals(className)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The exception and its causes, each once: a cause chain can loop back on itself. */
    private static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }
}
