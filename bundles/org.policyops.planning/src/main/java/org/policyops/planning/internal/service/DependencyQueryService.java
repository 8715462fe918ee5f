package org.policyops.planning.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.planning.BlockedInfo;
import org.policyops.api.planning.DependencyInfo;
import org.policyops.api.planning.DependencyInfo.Direction;
import org.policyops.api.planning.DependencyQuery;
import org.policyops.core.rest.ProblemException;
import org.policyops.planning.internal.dto.DependenciesView;
import org.policyops.planning.internal.dto.InitiativeRef;

/** {@link DependencyQuery} over {@link DependencyService} and {@link SchedulingService}. */
@Component(service = DependencyQuery.class)
public class DependencyQueryService implements DependencyQuery {

    private final DependencyService dependencies;
    private final SchedulingService scheduling;

    @Activate
    public DependencyQueryService(@Reference DependencyService dependencies, @Reference SchedulingService scheduling) {
        this.dependencies = dependencies;
        this.scheduling = scheduling;
    }

    @Override
    public List<DependencyInfo> dependencies(long initiativeId) {
        DependenciesView view;
        try {
            view = dependencies.list(initiativeId);
        } catch (ProblemException e) {
            throw Problems.asIllegalArgument(e);
        }
        List<DependencyInfo> infos = new ArrayList<>();
        view.dependsOn().forEach(l -> infos.add(info(Direction.DEPENDS_ON, l.initiative())));
        view.dependedOnBy().forEach(l -> infos.add(info(Direction.DEPENDED_ON_BY, l.initiative())));
        return infos;
    }

    @Override
    public List<BlockedInfo> blocked() {
        return scheduling.blocked().stream()
                .map(b -> new BlockedInfo(b.id(), b.title(), b.status().name(), b.targetQuarter(),
                        b.plannedBeforeADependency(), b.blockedBy().stream().map(x -> x.id()).toList()))
                .toList();
    }

    private static DependencyInfo info(Direction direction, InitiativeRef r) {
        return new DependencyInfo(direction, r.id(), r.title(), r.status().name(), r.targetQuarter());
    }
}
