package org.policyops.core.internal.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;

/**
 * Gives the web server {@link ProblemErrorHandler} for the requests it refuses before any servlet sees them. Pax Web
 * adds every {@link Handler} service to its Jetty server; this one handles no request itself, it only swaps the
 * server's error handler while it runs, and puts the previous one back when it stops.
 */
@Component(service = Handler.class)
public class JettyProblemPages extends AbstractHandler {

    private ErrorHandler previous;

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        // Not a request handler: requests go on to the servlet contexts untouched.
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Server server = getServer();
        if (server != null && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            previous = server.getErrorHandler();
            server.setErrorHandler(new ProblemErrorHandler());
        }
    }

    @Override
    protected void doStop() throws Exception {
        Server server = getServer();
        if (server != null && previous != null && server.getErrorHandler() instanceof ProblemErrorHandler) {
            server.setErrorHandler(previous);
        }
        previous = null;
        super.doStop();
    }
}
