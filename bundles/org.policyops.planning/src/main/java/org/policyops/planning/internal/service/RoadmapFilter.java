package org.policyops.planning.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.Expression;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;

import org.policyops.planning.internal.entity.InitiativeEntity;

/**
 * The filters of a roadmap: {@code lob}, {@code region} (as in the initiative list) and {@code team}, the owning
 * team, compared without regard to case. Each takes one value or several separated by commas.
 */
public record RoadmapFilter(InitiativeFilter initiatives, Set<String> teams) {

    /** Parses the parameters, answering 400 with every bad value named by its parameter. */
    public static RoadmapFilter of(String lob, String region, String team) {
        InitiativeFilter initiatives = InitiativeFilter.of(region, null, null, null, null, null, lob);
        Set<String> teams = new LinkedHashSet<>();
        if (team != null) {
            for (String t : team.split(",")) {
                if (!t.isBlank()) {
                    teams.add(t.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new RoadmapFilter(initiatives, Set.copyOf(teams));
    }

    public static RoadmapFilter none() {
        return of(null, null, null);
    }

    List<Predicate> predicates(CriteriaBuilder cb, Root<InitiativeEntity> root) {
        List<Predicate> where = new ArrayList<>(initiatives.predicates(cb, root));
        if (!teams.isEmpty()) {
            Expression<String> team = cb.lower(root.get("owningTeam"));
            where.add(team.in(teams));
        }
        return where;
    }
}
