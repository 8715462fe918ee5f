package org.policyops.ui.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * {@code /ui} and {@code /ui/} lead to the scorecard: the resource servlet serves files only, and a directory
 * address would otherwise answer 404.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=policyops-ui-entry",
        "osgi.http.whiteboard.servlet.pattern=/ui",
        "osgi.http.whiteboard.servlet.pattern=/ui/" })
public class DashboardEntry extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page the dashboard opens on. */
    static final String START = "/ui/index.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FOUND);
        // A path without scheme and host, so that the browser stays on whatever address (proxy, port) it used.
        response.setHeader("Location", request.getContextPath() + START);
    }
}
