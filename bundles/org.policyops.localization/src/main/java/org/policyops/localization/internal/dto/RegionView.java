package org.policyops.localization.internal.dto;

import java.util.List;

import org.policyops.localization.internal.entity.RegionEntity;

public record RegionView(String code, String name, String kind, List<String> members, List<String> requiredLocales) {

    public static RegionView of(RegionEntity r) {
        return new RegionView(r.getCode(), r.getName(), r.getKind(), List.copyOf(r.getMembers()), List.copyOf(r.getRequiredLocales()));
    }
}
