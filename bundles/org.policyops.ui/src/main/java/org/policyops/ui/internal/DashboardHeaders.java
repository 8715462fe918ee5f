package org.policyops.ui.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Security headers on every dashboard response. The pages hold credentials (in the tab's sessionStorage), so they
 * run only this bundle's own scripts and styles ({@code 'self'}: no inline script, no CDN, no eval), talk only to
 * this origin, and cannot be framed by another site. Every change to the files is seen at the next load
 * ({@code no-cache}: revalidated, not refetched when unchanged).
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.name=policyops-ui-headers",
        "osgi.http.whiteboard.filter.pattern=/ui",
        "osgi.http.whiteboard.filter.pattern=/ui/*" })
public class DashboardHeaders implements Filter {

    /** The Content-Security-Policy of every page; ECharts sets styles through the DOM, which style-src does not limit. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
