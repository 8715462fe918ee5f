package org.policyops.training.internal.dto;

import org.policyops.core.rest.Validator;

/**
 * Body of {@code POST /training/paths} and {@code PUT /training/paths/{id}}: learners with {@code role} in
 * {@code region} (anywhere when left out) must complete {@code curriculum} within {@code dueDays} of joining.
 */
public record PathRequest(String name, String role, String region, String curriculum, Integer dueDays) {

    public record Content(String name, String role, String region, String curriculum, int dueDays) {
    }

    public Content validate(Validator v) {
        String n = v.requireText("name", name, 200);
        String r = Fields.role(v, "role", role);
        String reg = region == null || region.isBlank() ? null : Fields.region(v, "region", region);
        String cur = Fields.code(v, "curriculum", curriculum);
        int due = dueDays == null ? 30 : dueDays;
        v.range("dueDays", due, 1, 3650);
        return new Content(n, r, reg, cur, due);
    }
}
