package org.policyops.ui.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class DashboardEntryTest {

    @Test
    void theDashboardsAddressLeadsToTheScorecardOnTheSameHost() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getContextPath()).thenReturn("");

        new DashboardEntry().doGet(request, response);

        verify(response).setStatus(302);
        verify(response).setHeader("Location", "/ui/index.html");
    }
}
