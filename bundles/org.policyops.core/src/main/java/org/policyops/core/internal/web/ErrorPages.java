package org.policyops.core.internal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpStatus;
import org.osgi.service.component.annotations.Component;
import org.policyops.core.internal.rest.ObjectMappers;
import org.policyops.core.rest.PolicyOpsRest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The error pages of the {@code /api} context: what the web container itself refuses there (a TRACE, a method its
 * security constraints deny) reaches the client as the same RFC 9457 problem as everything else, not an empty body
 * or an HTML page. The JAX-RS application answers its own errors before this is ever asked.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=policyops-error-pages",
        "osgi.http.whiteboard.servlet.errorPage=4xx",
        "osgi.http.whiteboard.servlet.errorPage=5xx",
        "osgi.http.whiteboard.context.select=" + PolicyOpsRest.APPLICATION_SELECT })
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = ObjectMappers.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.getMessage(status));
        body.put("status", status);
        body.put("detail", detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String s) {
            body.put("instance", s.length() <= 200 ? s : s.substring(0, 200) + "…");
        }
        response.setStatus(status);
        response.setHeader("Content-Type", PolicyOpsRest.PROBLEM_JSON);
        JSON.writeValue(response.getOutputStream(), body);
    }

    static String detail(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this address. The API lives under /api; docs/README.md lists its paths.";
            case 405 -> "The API does not support that HTTP method here; it takes GET, POST, PUT, PATCH, DELETE, HEAD and OPTIONS.";
            case 401 -> "Log in with HTTP Basic authentication.";
            case 403 -> "Your roles do not allow this.";
            default -> status >= 500 ? "The web server could not answer the request; see its log." : "The web server refused the request.";
        };
    }
}
