package org.policyops.core.internal.web;

import javax.servlet.ServletRequest;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * Gives the web server and each of its servlet contexts {@link ProblemErrorHandler}, for the requests they refuse
 * before any filter sees them (an unparsable request: the server; TRACE, which Pax Web refuses with a bare 405: the
 * context). Done from the first request that passes {@link RequestGuard} (a load balancer's health check, as a rule)
 * and again for a server or context that Pax Web built since. Not as a Jetty {@code Handler} service: Pax Web rebuilds
 * its running server whenever one arrives, and that rebuild, racing the JAX-RS whiteboard's start at boot, deadlocked
 * the boot (Pax Web's server model lock against the whiteboard's registry).
 */
final class ServerErrorPages {

    void ensure(ServletRequest request) {
        Request base = Request.getBaseRequest(request);
        if (base == null || base.getHttpChannel() == null) {
            return;
        }
        Server server = base.getHttpChannel().getServer();
        ContextHandler.Context context = base.getContext();
        if (server == null || (server.getErrorHandler() instanceof ProblemErrorHandler
                && (context == null || context.getContextHandler().getErrorHandler() instanceof ProblemErrorHandler))) {
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
