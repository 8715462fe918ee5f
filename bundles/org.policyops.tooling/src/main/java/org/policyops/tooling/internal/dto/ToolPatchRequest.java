package org.policyops.tooling.internal.dto;

import java.util.List;

import org.policyops.core.rest.RegionScoped;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.entity.ToolEntity;

/**
 * Body of {@code PATCH /tooling/tools/{key}}: the fields sent replace the tool's, the others stay. A list sent
 * replaces the whole list; {@code links} replaces all three links. The status changes only through
 * {@code POST .../status}.
 */
public record ToolPatchRequest(String name, String kind, String description, List<String> stages, String ownerTeam,
        List<String> regions, List<String> locales, List<String> policies, ToolRequest.Links links,
        List<String> dependsOn) implements RegionScoped {

    /** The regions sent, an empty list when none (also what the regional lead check reads). */
    @Override
    public List<String> regions() {
        return regions == null ? List.of() : regions;
    }

    @Override
    public String domainRole() {
        return Roles.TOOLING;
    }

    /** The tool's content with this patch applied, validated. */
    public ToolEntity.Content applyTo(String key, ToolEntity.Content current) {
        Validator v = new Validator();
        ToolRequest.Links l = links != null ? links
                : new ToolRequest.Links(current.docsUrl(), current.runbookUrl(), current.supportChannel());
        ToolEntity.Content c = ToolRequest.content(v, or(name, current.name()), or(kind, current.kind()),
                description != null ? description : current.description(), or(stages, current.stages()),
                or(ownerTeam, current.ownerTeam()), or(regions, current.regions()), or(locales, current.locales()),
                or(policies, current.policies()), l, or(dependsOn, current.dependsOn()));
        if (c.dependsOn().contains(key)) {
            v.reject("dependsOn", "a tool cannot depend on itself");
        }
        v.throwIfInvalid();
        return c;
    }

    private static <T> T or(T sent, T current) {
        return sent != null ? sent : current;
    }
}
