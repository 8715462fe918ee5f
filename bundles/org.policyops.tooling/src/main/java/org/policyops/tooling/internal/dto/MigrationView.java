package org.policyops.tooling.internal.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A migration as its request has it ({@code name}, {@code fromTools}, {@code toTool}, {@code cutovers}: a client PUTs
 * those fields back as it read them) with its state and its progress per region: users active in the last 28 days on the new tool and on the old ones, the
 * new tool's target population there, and {@code progress} = active on the new tool ÷ the target population (÷ the
 * active on either when no target population is set); {@code overdue} when the cutover day passed before the
 * migration was done.
 */
public record MigrationView(long id, String name, List<String> fromTools, String toTool,
        List<MigrationRequest.CutoverRequest> cutovers, String state, List<Region> progress, List<String> overdueRegions) {

    public record Region(String region, LocalDate cutover, boolean overdue, long activeOnNew, long activeOnOld,
            Long targetPopulation, Double progress) {
    }
}
