package org.policyops.launches.internal.dto;

import java.time.Instant;
import java.util.List;

import org.policyops.launches.internal.entity.OverrideEntity;
import org.policyops.launches.internal.entity.OverriddenRule;

/** An override as the API shows it: who approved which region despite NO_GO, when, why, and what blocked then. */
public record OverrideView(long id, long launchId, String region, String policyKey, String policyVersion,
        String overriddenBy, Instant overriddenAt, String reason, List<BlockingRule> blockingRules) {

    /** A rule that blocked at the moment of the override. */
    public record BlockingRule(String ruleId, String title, String verdict, String plugin, String pluginVersion,
            String finding) {

        static BlockingRule of(OverriddenRule r) {
            return new BlockingRule(r.getRuleId(), r.getTitle(), r.getVerdict(), r.getPlugin(), r.getPluginVersion(),
                    r.getFinding());
        }
    }

    public static OverrideView of(OverrideEntity o) {
        return new OverrideView(o.getId(), o.getLaunchId(), o.getRegion(), o.getPolicyKey(), o.getPolicyVersion(),
                o.getOverriddenBy(), o.getOverriddenAt(), o.getReason(),
                o.getBlockingRules().stream().map(BlockingRule::of).toList());
    }
}
