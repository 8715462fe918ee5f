package org.policyops.tooling.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.tooling.internal.entity.ToolEntity;

/**
 * A tool as the API shows it. {@code providedBy} names the plugin that contributes it (null for a tool entered in
 * the registry); {@code gone} is true once that plugin was removed, {@code goneAt} says when. An AI model also shows
 * its evaluation {@code thresholds} and the policy versions ({@code policy@version}) it must be evaluated on again.
 */
public record ToolView(String key, String name, String kind, String description, List<String> stages, String ownerTeam,
        String status, Instant statusSince, List<String> regions, List<String> locales, List<String> policies,
        ToolRequest.Links links, List<String> dependsOn, String providedBy, boolean gone, Instant goneAt,
        Thresholds thresholds, List<String> reevaluationRequired) {

    public static ToolView of(ToolEntity t) {
        return new ToolView(t.getKey(), t.getName(), t.getKind(), t.getDescription(), List.copyOf(t.getStages()),
                t.getOwnerTeam(), t.getStatus(), Instant.ofEpochMilli(t.getStatusSince()), List.copyOf(t.getRegions()),
                List.copyOf(t.getLocales()), List.copyOf(t.getPolicies()),
                new ToolRequest.Links(t.getDocsUrl(), t.getRunbookUrl(), t.getSupportChannel()),
                List.copyOf(t.getDependsOn()), t.getProvidedBy(), t.getProviderGoneAt() != null,
                t.getProviderGoneAt() == null ? null : Instant.ofEpochMilli(t.getProviderGoneAt()),
                t.getKind().equals("AI_MODEL") ? new Thresholds(t.getMinPrecision(), t.getMinRecall(), t.getMinKappa()) : null,
                List.copyOf(t.getReevaluations()));
    }
}
