package org.policyops.core.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.ProblemException;

/**
 * Refuses request bodies over the configured size with 413: at once when {@code Content-Length} says so, and
 * while reading when the body is chunked, so that an oversized body is never parsed or stored.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@PreMatching
@Priority(100) // before authentication: an oversized body is refused without a realm login
public class BodyLimitFilter implements ContainerRequestFilter {

    private volatile long maxBytes;

    /** Bound once, then called again whenever the settings change (see {@link RestSettings}). */
    @Reference(name = "settings", updated = "settings")
    void settings(RestSettings settings) {
        configure(settings.config());
    }

    void configure(RestConfig config) {
        this.maxBytes = config.maxRequestBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = maxBytes;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Request body too large",
                "The request body is larger than the " + limit + " bytes this server accepts (etc/org.policyops.rest.cfg, maxRequestBytes).")
                .with("maxRequestBytes", limit);
    }

    /** Counts what is read and fails once the body passes the limit. */
    static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
