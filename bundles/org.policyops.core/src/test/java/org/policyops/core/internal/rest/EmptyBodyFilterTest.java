package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class EmptyBodyFilterTest {

    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();

    private ContainerRequestContext request(String method, String contentType, byte[] body) {
        if (contentType != null) {
            headers.putSingle("Content-Type", contentType);
        }
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getHeaders()).thenReturn(headers);
        when(request.hasEntity()).thenReturn(true);
        when(request.getEntityStream()).thenReturn(new ByteArrayInputStream(body));
        return request;
    }

    private static byte[] bodyHandedOn(ContainerRequestContext request) throws Exception {
        ArgumentCaptor<InputStream> stream = ArgumentCaptor.forClass(InputStream.class);
        verify(request).setEntityStream(stream.capture());
        return stream.getValue().readAllBytes();
    }

    @Test
    void aPostWithoutBodyAndWithoutContentTypeMayBeReadByTheMatchedMethod() throws Exception {
        ContainerRequestContext request = request("POST", null, new byte[0]);

        new EmptyBodyFilter().filter(request);

        assertEquals("*/*", headers.getFirst("Content-Type"));
        assertEquals(0, bodyHandedOn(request).length);
    }

    @Test
    void aPostThatCarriesNoEntityAtAllIsTreatedAlike() throws Exception {
        ContainerRequestContext request = request("POST", null, new byte[0]);
        when(request.hasEntity()).thenReturn(false);

        new EmptyBodyFilter().filter(request);

        assertEquals("*/*", headers.getFirst("Content-Type"));
        verify(request, never()).getEntityStream();
    }

    @Test
    void aContentTypeHeaderWithoutValueCountsAsMissing() throws Exception {
        ContainerRequestContext request = request("POST", null, new byte[0]);
        headers.put("Content-Type", new ArrayList<>(Collections.singletonList(null)));

        new EmptyBodyFilter().filter(request);

        assertEquals("*/*", headers.getFirst("Content-Type"));
    }

    @Test
    void anEmptyPutAndPatchAreTreatedAlike() throws Exception {
        for (String method : new String[] { "PUT", "PATCH" }) {
            headers.clear();
            new EmptyBodyFilter().filter(request(method, null, new byte[0]));

            assertEquals("*/*", headers.getFirst("Content-Type"), method);
        }
    }

    @Test
    void aBodyWithoutContentTypeStaysWithoutOneAndKeepsEveryByte() throws Exception {
        byte[] body = "{\"override\":true}".getBytes(StandardCharsets.UTF_8);
        ContainerRequestContext request = request("POST", null, body);

        new EmptyBodyFilter().filter(request);

        assertNull(headers.getFirst("Content-Type"));
        assertArrayEquals(body, bodyHandedOn(request));
    }

    @Test
    void aRequestThatNamesItsContentTypeIsNotRead() throws Exception {
        ContainerRequestContext request = request("POST", "text/csv", new byte[0]);

        new EmptyBodyFilter().filter(request);

        assertEquals("text/csv", headers.getFirst("Content-Type"));
        verify(request, never()).getEntityStream();
        verify(request, never()).setEntityStream(any());
    }

    @Test
    void aGetIsNotRead() throws Exception {
        ContainerRequestContext request = request("GET", null, new byte[0]);

        new EmptyBodyFilter().filter(request);

        assertNull(headers.getFirst("Content-Type"));
        verify(request, never()).getEntityStream();
    }
}
