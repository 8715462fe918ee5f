package org.policyops.localization.internal.dto;

import java.util.List;

import org.policyops.localization.internal.entity.RegionEntity;

/** A region; {@code timeZone} and {@code workingDays} are null until set. */
public record RegionView(String code, String name, String kind, List<String> members, List<String> requiredLocales,
        String timeZone, List<String> workingDays) {

    public static RegionView of(RegionEntity r) {
        return new RegionView(r.getCode(), r.getName(), r.getKind(), List.copyOf(r.getMembers()),
                List.copyOf(r.getRequiredLocales()), r.getTimeZone() == null ? null : r.getTimeZone().getId(),
                r.getWorkingDays() == null ? null : r.getWorkingDays().stream().map(Enum::name).toList());
    }
}
