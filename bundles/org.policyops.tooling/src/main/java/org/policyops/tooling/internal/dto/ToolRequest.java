package org.policyops.tooling.internal.dto;

import java.util.List;

import org.policyops.core.rest.RegionScoped;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.entity.ToolEntity;

/**
 * Body of {@code POST /tooling/tools} and {@code PUT /tooling/tools/{key}}. {@code status} is the initial status of a
 * new tool (PROPOSED when left out); on PUT a different status is a transition, held to the same rules as
 * {@code POST .../status}. A regional lead may only send tools of its regions.
 */
public record ToolRequest(String key, String name, String kind, String description, List<String> stages, String ownerTeam,
        String status, List<String> regions, List<String> locales, List<String> policies, Links links,
        List<String> dependsOn) implements RegionScoped {

    /** Where to read about a tool and ask for help. */
    public record Links(String docs, String runbook, String support) {
    }

    /** The validated body: the key (null when absent), the initial or wanted status (null when absent), the content. */
    public record Valid(String key, String status, ToolEntity.Content content) {
    }

    /** The regions sent, an empty list when none (also what the regional lead check reads). */
    @Override
    public List<String> regions() {
        return regions == null ? List.of() : regions;
    }

    @Override
    public String domainRole() {
        return Roles.TOOLING;
    }

    /** @param pathKey the key of the address for PUT (the body may then leave it out), null for POST */
    public Valid validate(String pathKey) {
        Validator v = new Validator();
        String k = key == null && pathKey != null ? pathKey : Fields.requireKey(v, "key", key);
        if (pathKey != null && k != null && !k.equals(pathKey)) {
            v.reject("key", "must be the key of the address (" + pathKey + ") or left out; a tool's key cannot change");
        }
        String st = Fields.status(v, "status", status);
        ToolEntity.Content c = content(v, name, kind, description, stages, ownerTeam, regions, locales, policies, links, dependsOn);
        if (k != null && c.dependsOn().contains(k)) {
            v.reject("dependsOn", "a tool cannot depend on itself");
        }
        v.throwIfInvalid();
        return new Valid(k, st, c);
    }

    static ToolEntity.Content content(Validator v, String name, String kind, String description, List<String> stages,
            String ownerTeam, List<String> regions, List<String> locales, List<String> policies, Links links,
            List<String> dependsOn) {
        Links l = links == null ? new Links(null, null, null) : links;
        return new ToolEntity.Content(
                v.requireText("name", name, ToolEntity.MAX_NAME),
                Fields.kind(v, "kind", kind),
                v.optionalText("description", description, ToolEntity.MAX_DESCRIPTION),
                Fields.stages(v, "stages", stages),
                v.requireText("ownerTeam", ownerTeam, ToolEntity.MAX_TEAM),
                Fields.regions(v, "regions", regions),
                Fields.locales(v, "locales", locales),
                Fields.policies(v, "policies", policies),
                Fields.url(v, "links.docs", l.docs()),
                Fields.url(v, "links.runbook", l.runbook()),
                v.optionalText("links.support", l.support(), ToolEntity.MAX_URL),
                Fields.keys(v, "dependsOn", dependsOn));
    }
}
