package org.policyops.launches.internal.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A rule that blocked a region when an administrator overrode its NO_GO: as it was reported at that moment. */
@Embeddable
public class OverriddenRule {

    @Column(name = "RULE_ID", length = 100, nullable = false)
    private String ruleId;

    @Column(name = "TITLE", length = 200)
    private String title;

    @Column(name = "VERDICT", length = 20, nullable = false)
    private String verdict;

    @Column(name = "PLUGIN", length = 200)
    private String plugin;

    @Column(name = "PLUGIN_VERSION", length = 100)
    private String pluginVersion;

    /** The first finding's message, cut to 1000 characters. */
    @Column(name = "FINDING", length = 1000)
    private String finding;

    protected OverriddenRule() {
        // for JPA
    }

    public OverriddenRule(String ruleId, String title, String verdict, String plugin, String pluginVersion, String finding) {
        this.ruleId = ruleId;
        this.title = cut(title, 200);
        this.verdict = verdict;
        this.plugin = cut(plugin, 200);
        this.pluginVersion = cut(pluginVersion, 100);
        this.finding = cut(finding, 1000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getTitle() {
        return title;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getPlugin() {
        return plugin;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public String getFinding() {
        return finding;
    }
}
