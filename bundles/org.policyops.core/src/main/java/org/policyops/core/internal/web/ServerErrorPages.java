package org.policyops.core.internal.web;

import javax.servlet.ServletContext;
import javax.servlet.ServletRequest;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * Gives the web server and each of its servlet contexts {@link ProblemErrorHandler}, for the requests they refuse
 * before any filter sees them (an unparsable request: the server; TRACE, which Pax Web refuses with a bare 405: the
 * context). Done when {@link RequestGuard} starts in a context, and again from any request that passes it, for a
 * server or context that Pax Web built since. Not as a Jetty {@code Handler} service: Pax Web rebuilds
 * its running server whenever one arrives, and that rebuild, racing the JAX-RS whiteboard's start at boot, deadlocked
 * the boot (Pax Web's server model lock against the whiteboard's registry).
 */
final class ServerErrorPages {

    /** From the filter's start in a context: the server is there before any request, unparsable ones included. */
    void ensure(ServletContext context) {
        ContextHandler handler = jettyContext(context);
        if (handler != null && handler.getServer() != null) {
            ensure(handler.getServer(), handler);
        }
    }

    /**
     * Jetty's handler behind a filter's context. Pax Web hands filters its own OSGi wrappers of Jetty's context, and
     * exposes what they wrap as {@code getContainerServletContext()}; named here rather than imported so that core
     * does not wire to Pax Web's SPI.
     */
    static ContextHandler jettyContext(ServletContext context) {
        for (int depth = 0; context != null && depth < 4; depth++) {
            if (context instanceof ContextHandler.Context jetty) {
                return jetty.getContextHandler();
            }
            try {
                Object inner = context.getClass().getMethod("getContainerServletContext").invoke(context);
                context = inner instanceof ServletContext next && next != context ? next : null;
            } catch (ReflectiveOperationException | RuntimeException notAWrapper) {
                return null;
            }
        }
        return null;
    }

    void ensure(ServletRequest request) {
        Request base = Request.getBaseRequest(request);
        if (base == null || base.getHttpChannel() == null) {
            return;
        }
        Server server = base.getHttpChannel().getServer();
        ContextHandler.Context context = base.getContext();
        if (server != null) {
            ensure(server, context == null ? null : context.getContextHandler());
        }
    }

    private void ensure(Server server, ContextHandler context) {
        if (server.getErrorHandler() instanceof ProblemErrorHandler
                && (context == null || context.getErrorHandler() instanceof ProblemErrorHandler)) {
            return;
        }
        synchronized (this) {
            if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                server.setErrorHandler(problems(server));
            }
            for (Handler h : server.getChildHandlersByClass(ContextHandler.class)) {
                ContextHandler c = (ContextHandler) h;
                if (!(c.getErrorHandler() instanceof ProblemErrorHandler)) {
                    c.setErrorHandler(problems(server));
                }
            }
        }
    }

    private static ProblemErrorHandler problems(Server server) {
        ProblemErrorHandler errors = new ProblemErrorHandler();
        errors.setServer(server);
        return errors;
    }
}
