package org.policyops.metrics.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.metrics.internal.dto.BackfillReport;
import org.policyops.metrics.internal.dto.BackfillRequest;
import org.policyops.metrics.internal.service.SnapshotService;

/** {@code POST /api/metrics/snapshots}: an administrator backfills the history of the KPIs that can compute past days. */
@Component(service = SnapshotResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("metrics/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotResource {

    private final SnapshotService snapshots;

    @Activate
    public SnapshotResource(@Reference SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public BackfillReport backfill(BackfillRequest body) {
        return snapshots.backfill(RestSupport.body(body));
    }
}
