package org.policyops.planning.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.entity.InitiativeEntity;

/** An initiative as the API shows it, with its RICE score (reach × impact × confidence ÷ effort), rounded to 0.01. */
public record InitiativeView(long id, String title, String policyKey, InitiativeType type, List<String> linesOfBusiness,
        List<String> regions, RiskLevel riskLevel, long reach, double impact, double confidence, double effortWeeks,
        double riceScore, Integer businessValue, Integer timeCriticality, Integer riskReduction,
        LocalDate regulatoryDeadline, String targetQuarter, InitiativeStatus status, String owningTeam, Instant createdAt,
        String createdBy, Instant updatedAt) {

    public static InitiativeView of(InitiativeEntity i) {
        return of(i, i.getLinesOfBusiness(), i.getRegions());
    }

    /** Builds the view from collections loaded separately, so a page of initiatives costs three queries, not 2n+1. */
    public static InitiativeView of(InitiativeEntity i, List<String> linesOfBusiness, List<String> regions) {
        return new InitiativeView(i.getId(), i.getTitle(), i.getPolicyKey(), i.getType(), List.copyOf(linesOfBusiness),
                List.copyOf(regions), i.getRiskLevel(), i.getReach(), i.getImpact(), i.getConfidence(),
                i.getEffortWeeks(), Math.round(i.riceScore() * 100) / 100.0, i.getBusinessValue(), i.getTimeCriticality(),
                i.getRiskReduction(), i.getRegulatoryDeadline(), i.getTargetQuarter().toString(),
                i.getStatus(), i.getOwningTeam(), i.getCreatedAt(), i.getCreatedBy(), i.getUpdatedAt());
    }
}
