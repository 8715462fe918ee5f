package org.policyops.planning.internal.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.planning.PortfolioQuery;
import org.policyops.api.planning.RankedInitiative;
import org.policyops.core.rest.PageRequest;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.dto.PortfolioEntry;

/**
 * {@link PortfolioQuery} over {@link PortfolioService}: the same ranking as {@code GET /api/planning/portfolio},
 * with the owning team of each listed initiative read in one more query.
 */
@Component(service = PortfolioQuery.class)
public class PortfolioQueryService implements PortfolioQuery {

    private final PortfolioService portfolio;
    private final JpaTemplate jpa;

    @Activate
    public PortfolioQueryService(@Reference PortfolioService portfolio,
            @Reference(target = PlanningUnit.TARGET) JpaTemplate jpa) {
        this.portfolio = portfolio;
        this.jpa = jpa;
    }

    @Override
    public List<RankedInitiative> rank(String model, String region, String quarter, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        List<PortfolioEntry> entries;
        try {
            entries = portfolio.rank(portfolio.model(model), InitiativeFilter.of(region, null, quarter, null, null, null, null),
                    new PageRequest(limit, 0, List.of())).items();
        } catch (ProblemException e) {
            throw Problems.asIllegalArgument(e);
        }
        Map<Long, String> teams = teams(entries.stream().map(PortfolioEntry::id).toList());
        return entries.stream()
                .map(e -> new RankedInitiative(e.rank(), e.id(), e.title(), e.score(), teams.get(e.id()),
                        e.targetQuarter(), e.status(), e.reason() != null ? e.reason() : e.error()))
                .toList();
    }

    @Override
    public List<String> models() {
        return portfolio.models().stream().map(PortfolioService.Model::id).toList();
    }

    private Map<Long, String> teams(List<Long> ids) {
        Map<Long, String> teams = new HashMap<>();
        if (ids.isEmpty()) {
            return teams;
        }
        jpa.tx(TransactionType.Required, em -> {
            for (Object[] row : em.createQuery("select i.id, i.owningTeam from InitiativeEntity i where i.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                teams.put((Long) row[0], (String) row[1]);
            }
        });
        return teams;
    }
}
