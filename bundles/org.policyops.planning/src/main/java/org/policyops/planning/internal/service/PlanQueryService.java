package org.policyops.planning.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.planning.PlanProposal;
import org.policyops.api.planning.PlanQuery;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.dto.PlanRequest;
import org.policyops.planning.internal.dto.PlanView;

/** {@link PlanQuery} over {@link PlanService}: the same proposal as {@code POST /api/planning/plan}. */
@Component(service = PlanQuery.class)
public class PlanQueryService implements PlanQuery {

    private final PlanService planner;

    @Activate
    public PlanQueryService(@Reference PlanService planner) {
        this.planner = planner;
    }

    @Override
    public PlanProposal plan(int year, String quarter, String model) {
        PlanView view;
        try {
            view = planner.plan(new PlanRequest(year, quarter, model));
        } catch (ProblemException e) {
            throw Problems.asIllegalArgument(e);
        }
        return new PlanProposal(view.year(), view.quarter(), view.model(),
                view.quarters().stream().map(q -> new PlanProposal.QuarterPlan(q.quarter(),
                        q.placed().stream().map(p -> new PlanProposal.Placed(p.id(), p.title(), p.team(), p.effortWeeks(),
                                p.committed())).toList(),
                        q.remaining().stream().map(t -> new PlanProposal.TeamCapacity(t.team(), t.capacity(), t.remaining()))
                                .toList())).toList(),
                view.leftOut().stream().map(l -> new PlanProposal.LeftOut(l.id(), l.title(), l.team(), l.effortWeeks(),
                        l.targetQuarter(), l.reason())).toList());
    }
}
