package org.policyops.core.internal.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.policyops.core.internal.rest.ObjectMappers;
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail(status, reason));
        try {
            return ByteBuffer.wrap(ObjectMappers.create().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"title\":\"" + title + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
        }
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
