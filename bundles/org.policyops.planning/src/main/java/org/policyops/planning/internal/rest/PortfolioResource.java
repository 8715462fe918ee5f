package org.policyops.planning.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.policyops.core.rest.Page;
import org.policyops.core.rest.Pages;
import org.policyops.core.rest.PolicyOpsRest;
import org.policyops.core.rest.RestSupport;
import org.policyops.planning.internal.dto.PortfolioEntry;
import org.policyops.planning.internal.dto.PortfolioPage;
import org.policyops.planning.internal.service.InitiativeFilter;
import org.policyops.planning.internal.service.PortfolioService;

/**
 * {@code /api/planning/portfolio}: the initiatives ranked by a scoring model, and the models there are. Anyone logged
 * in may read.
 */
@Component(service = PortfolioResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
@Path("planning/portfolio")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    private final PortfolioService portfolio;

    @Activate
    public PortfolioResource(@Reference PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    /** The ranking; filters as on the initiative list. There is no {@code sort}: the ranking is the order. */
    @GET
    public Response rank(@QueryParam("model") String model, @QueryParam("region") String region,
            @QueryParam("status") String status, @QueryParam("quarter") String quarter,
            @QueryParam("policy") String policy, @QueryParam("type") String type, @QueryParam("risk") String risk,
            @QueryParam("lob") String lob, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @Context UriInfo uriInfo) {
        PortfolioService.Model m = portfolio.model(model);
        InitiativeFilter filter = InitiativeFilter.of(region, status, quarter, policy, type, risk, lob);
        Page<PortfolioEntry> page = portfolio.rank(m, filter, RestSupport.page(limit, offset, null, Map.of(), ""));
        // The usual list headers (X-Total-Count, Link), with a body that also names the model.
        return Response.fromResponse(Pages.response(page, uriInfo))
                .entity(new PortfolioPage(m.id(), page.items(), page.total(), page.limit(), page.offset()))
                .build();
    }

    /** The models: {@code id}, {@code title}, {@code description}, {@code builtIn}, {@code default}. */
    @GET
    @Path("models")
    public List<Map<String, Object>> models() {
        String defaultModel = portfolio.defaultModel();
        return portfolio.models().stream().map(m -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", m.id());
            view.put("title", m.title());
            view.put("description", m.description());
            view.put("builtIn", m.builtIn());
            view.put("default", m.id().equals(defaultModel));
            return view;
        }).toList();
    }
}
