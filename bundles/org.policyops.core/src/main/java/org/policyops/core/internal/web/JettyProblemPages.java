package org.policyops.core.internal.web;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.component.LifeCycle;
import org.osgi.service.component.annotations.Component;

/**
 * Gives the web server {@link ProblemErrorHandler} for the requests it refuses before any servlet sees them. Pax Web
 * adds every {@link Handler} service to its Jetty server, before the servlet contexts when its ranking is above 0. It
 * swaps the server's error handler once the server has started (swapping while Jetty starts its beans breaks the
 * start), again after each restart, and puts the previous one back when it leaves a running server. Of the requests
 * themselves it answers only TRACE and methods nobody serves, which the contexts would refuse with an empty 405. (An
 * error-page servlet in the JAX-RS application's context would do it too, but a servlet of ours there kept the
 * whiteboard from publishing the application.)
 */
@Component(service = Handler.class, property = "service.ranking:Integer=1")
public class JettyProblemPages extends AbstractHandler {

    private final ProblemErrorHandler errors = new ProblemErrorHandler();
    private final LifeCycle.Listener whenStarted = new AbstractLifeCycle.AbstractLifeCycleListener() {
        @Override
        public void lifeCycleStarted(LifeCycle event) {
            if (event instanceof Server server) {
                install(server);
            }
        }
    };
    private ErrorHandler previous;

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<RequestChecks.Refusal> refusal = RequestChecks.method(request.getMethod());
        if (refusal.isPresent()) {
            RequestGuard.answer(refusal.get(), request, response, null);
            baseRequest.setHandled(true);
        }
    }

    @Override
    public void setServer(Server server) {
        Server old = getServer();
        if (old != null && old != server) {
            old.removeLifeCycleListener(whenStarted);
            restore(old);
        }
        super.setServer(server);
        if (server != null && server != old) {
            server.addLifeCycleListener(whenStarted);
            if (server.isStarted()) {
                install(server);
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        Server server = getServer();
        if (server != null) {
            restore(server);
        }
        super.doStop();
    }

    private synchronized void install(Server server) {
        ErrorHandler current = server.getErrorHandler();
        if (current == errors) {
            return;
        }
        previous = current;
        errors.setServer(server);
        server.setErrorHandler(errors);
    }

    /** Only while the server runs: a stopping server is left alone, and goes away with its handlers. */
    private synchronized void restore(Server server) {
        if (server.isStarted() && server.getErrorHandler() == errors && previous != null) {
            server.setErrorHandler(previous);
        }
        previous = null;
    }
}
