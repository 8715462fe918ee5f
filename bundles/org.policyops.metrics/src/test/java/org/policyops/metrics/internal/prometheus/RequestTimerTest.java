package org.policyops.metrics.internal.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class RequestTimerTest {

    @Path("launches/")
    static class Launches {
        @GET
        @Path("{id: [0-9]+}/readiness")
        public void readiness() {
        }

        @GET
        public void list() {
        }
    }

    @Test
    void routesNameTheirParametersWithoutPatterns() throws Exception {
        assertEquals("/api/launches/{id}/readiness", RequestTimer.route(Launches.class, Launches.class.getMethod("readiness")));
        assertEquals("/api/launches", RequestTimer.route(Launches.class, Launches.class.getMethod("list")));
        assertEquals("/api/x/{code}/y/{n}", RequestTimer.withoutPatterns("/api/x/{ code : [A-Z]{2,3} }/y/{n}"));
        assertEquals("/api", RequestTimer.route(null, null));
    }
}
