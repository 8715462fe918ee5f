package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.policyops.core.internal.rest.BodyLimitFilter.LimitedStream;
import org.policyops.core.rest.ProblemException;

class BodyLimitFilterTest {

    record Plan(String title) {
    }

    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    private static BodyLimitFilter filterWithLimit(long max) {
        BodyLimitFilter filter = new BodyLimitFilter();
        filter.configure(new RestConfig() {
            @Override
            public long maxRequestBytes() {
                return max;
            }

            @Override
            public boolean requireIfMatch() {
                return true;
            }

            @Override
            public String[] corsAllowedOrigins() {
                return new String[0];
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return RestConfig.class;
            }
        });
        return filter;
    }

    // ---- the counting stream

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws Exception {
        try (InputStream in = new LimitedStream(bytes(100), 100)) {
            assertEquals(100, in.readAllBytes().length);
        }
    }

    @Test
    void aBodyOneByteOverTheLimitIsRefusedWith413() {
        InputStream in = new LimitedStream(bytes(101), 100);

        ProblemException e = assertThrows(ProblemException.class, in::readAllBytes);

        assertEquals(413, e.status());
        assertEquals(100L, e.extensions().get("maxRequestBytes"));
    }

    @Test
    void singleByteReadsAreCountedToo() throws Exception {
        InputStream in = new LimitedStream(bytes(4), 3);
        in.read();
        in.read();
        in.read();

        assertEquals(413, assertThrows(ProblemException.class, in::read).status());
    }

    @Test
    void readingAtTheEndOfABodyWithinTheLimitStaysQuiet() throws Exception {
        InputStream in = new LimitedStream(bytes(3), 3);
        in.readNBytes(3);

        assertEquals(-1, in.read());
        assertEquals(-1, in.read(new byte[10], 0, 10));
    }

    @Test
    void skippedBytesCountAgainstTheLimit() throws Exception {
        InputStream in = new LimitedStream(bytes(10), 5);
        in.skip(4);

        assertThrows(ProblemException.class, () -> in.readNBytes(2));
    }

    @Test
    void theContentPassesThroughUnchanged() throws Exception {
        byte[] body = "{\"title\":\"x\"}".getBytes();

        assertArrayEquals(body, new LimitedStream(new ByteArrayInputStream(body), 100).readAllBytes());
    }

    @Test
    void anOversizedJsonBodyBecomesA413ProblemNotAJsonError() {
        String json = "{\"title\":\"" + "x".repeat(2000) + "\"}";
        InputStream in = new LimitedStream(new ByteArrayInputStream(json.getBytes()), 1000);

        Exception e = assertThrows(Exception.class, () -> ObjectMappers.create().readValue(in, Plan.class));

        Map<String, Object> problem = ProblemMapper.problemFor(e);
        assertEquals(413, problem.get("status"));
        assertEquals("Request body too large", problem.get("title"));
    }

    // ---- the filter

    @Test
    void aDeclaredContentLengthOverTheLimitIsRefusedBeforeReading() {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getLength()).thenReturn(2048);
        when(request.hasEntity()).thenReturn(true);

        ProblemException e = assertThrows(ProblemException.class, () -> filterWithLimit(1024).filter(request));

        assertEquals(413, e.status());
        verify(request, never()).getEntityStream();
    }

    @Test
    void aChunkedBodyIsLimitedWhileBeingRead() throws Exception {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getLength()).thenReturn(-1);
        when(request.hasEntity()).thenReturn(true);
        when(request.getEntityStream()).thenReturn(bytes(2000));

        filterWithLimit(1024).filter(request);

        ArgumentCaptor<InputStream> replaced = ArgumentCaptor.forClass(InputStream.class);
        verify(request).setEntityStream(replaced.capture());
        InputStream limited = assertInstanceOf(LimitedStream.class, replaced.getValue());
        assertEquals(413, assertThrows(ProblemException.class, limited::readAllBytes).status());
    }

    @Test
    void aRequestWithoutBodyIsLeftAlone() {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getLength()).thenReturn(-1);
        when(request.hasEntity()).thenReturn(false);

        filterWithLimit(1024).filter(request);

        verify(request, never()).setEntityStream(any());
    }
}
