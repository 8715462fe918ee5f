package org.policyops.core.internal.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.policyops.core.internal.rest.ObjectMappers;
import org.policyops.core.internal.rest.ProblemBodies;
import org.policyops.core.rest.PolicyOpsRest;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The web server's answer to a request it cannot even parse (headers over its limit: 431; a malformed request line
 * or an ambiguous address: 400), as an RFC 9457 problem instead of Jetty's HTML page, so that every client of the API
 * reads one error shape.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, PolicyOpsRest.PROBLEM_JSON);
        String title = HttpStatus.getMessage(status);
        Map<String, Object> body = ProblemBodies.of(status, title, detail(status, reason));
        try {
            return ByteBuffer.wrap(ObjectMappers.create().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"title\":\"" + title + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Jetty writes error bodies only for GET, POST and HEAD; a problem is due whatever the method. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /**
     * Errors a context sends without a body of its own: Pax Web refuses TRACE with a bare 405 before any filter, and
     * Jetty's own handler writes nothing for methods other than GET, POST and HEAD.
     */
    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        int status = response.getStatus();
        if (status == 405) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        }
        response.setContentType(PolicyOpsRest.PROBLEM_JSON);
        Map<String, Object> body = ProblemBodies.of(status, HttpStatus.getMessage(status), status == 405
                ? "The API does not take the HTTP method " + request.getMethod() + "; it takes GET, POST, PUT, PATCH, DELETE, HEAD and OPTIONS."
                : "The web server refused the request (" + HttpStatus.getMessage(status) + ").", request.getRequestURI());
        response.getOutputStream().write(ObjectMappers.create().writeValueAsBytes(body));
    }

    static String detail(int status, String reason) {
        if (status == 431) {
            return "The request's headers are larger than this server takes (8 KB); send fewer or shorter headers.";
        }
        if (status == 414) {
            return "The request's address is longer than this server takes (8 KB).";
        }
        String why = reason == null || reason.isBlank() ? "" : ": " + (reason.length() <= 120 ? reason : reason.substring(0, 120) + "…");
        return "The web server could not read the request" + why + ".";
    }
}
