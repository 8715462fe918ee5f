package org.policyops.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.servlet.ServletContext;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServerErrorPagesTest {

    /** What Pax Web hands a filter: its own context that wraps Jetty's. */
    public interface PaxWebLikeContext extends ServletContext {
        ServletContext getContainerServletContext();
    }

    private final Server server = new Server();

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private static ServletContext wrapping(ServletContext inner) {
        return (ServletContext) Proxy.newProxyInstance(ServerErrorPagesTest.class.getClassLoader(),
                new Class<?>[] { PaxWebLikeContext.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getContainerServletContext")) {
                        return inner;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anUnparsableRequestGetsAProblemOnceTheGuardStartedEvenBeforeAnyRequestPassedIt() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ContextHandler api = new ContextHandler("/api");
        server.setHandler(api);
        server.start();

        new ServerErrorPages().ensure(wrapping(api.getServletContext()));

        assertTrue(server.getErrorHandler() instanceof ProblemErrorHandler);
        assertTrue(api.getErrorHandler() instanceof ProblemErrorHandler);
        String answer = send(connector.getLocalPort(), "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":431"), answer);
    }

    @Test
    void aContextThatWrapsNothingIsLeftAlone() {
        ServletContext plain = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ServletContext.class }, (proxy, method, args) -> null);
        new ServerErrorPages().ensure(plain);
        new ServerErrorPages().ensure((ServletContext) null);
        assertFalse(server.getErrorHandler() instanceof ProblemErrorHandler);
        assertEquals(null, ServerErrorPages.jettyContext(plain));
    }

    private static String send(int port, String request) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
