package org.policyops.training.internal.dto;

import java.util.Collection;
import java.util.List;

import org.policyops.core.rest.RegionScoped;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.training.internal.entity.LearnerEntity;

/**
 * Body of {@code POST /training/learners} and {@code PUT /training/learners/{id}}. A regional lead may only send
 * learners of its regions.
 */
public record LearnerRequest(String id, String name, String region, List<String> roles, List<String> languages,
        String team) implements RegionScoped {

    @Override
    public Collection<String> regions() {
        return region == null ? List.of() : List.of(region);
    }

    @Override
    public String domainRole() {
        return Roles.TRAINER;
    }

    public LearnerEntity.Content validate(Validator v) {
        String n = v.requireText("name", name, 200);
        String r = Fields.region(v, "region", region);
        String t = v.optionalText("team", team, 100);
        return new LearnerEntity.Content(n, r, t, Fields.locales(v, "languages", languages), Fields.roles(v, "roles", roles));
    }
}
