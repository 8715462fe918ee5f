package org.policyops.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class DashboardHeadersTest {

    @Test
    void everyResponseForbidsOtherOriginsInlineScriptsAndFraming() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        FilterChain chain = mock(FilterChain.class);

        new DashboardHeaders().doFilter(request, response, chain);

        verify(response).setHeader("Content-Security-Policy", DashboardHeaders.CONTENT_SECURITY_POLICY);
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(chain).doFilter(request, response);
        String csp = DashboardHeaders.CONTENT_SECURITY_POLICY;
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("connect-src 'self';"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    }
}
