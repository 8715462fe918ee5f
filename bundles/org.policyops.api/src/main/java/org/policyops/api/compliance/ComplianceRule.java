package org.policyops.api.compliance;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.policyops.api.RegionCode;

/**
 * A compliance rule that takes part in the readiness of launches. Register an implementation as an OSGi service
 * from a plugin bundle; it takes part from the moment it is registered and leaves when it is unregistered.
 * <p>
 * {@link #evaluate} is called from platform worker threads, possibly concurrently, once per launch region the rule
 * applies to; it must be thread-safe and should answer well within the platform's time bound (2 s by default).
 * A rule that throws is reported with verdict {@link Verdict#ERROR}, one that overruns with
 * {@link Verdict#TIMEOUT}; neither stops the other rules.
 * <p>
 * A rule can be put in shadow mode by the administrator (configuration, not code): it is then evaluated and
 * reported but never blocks an approval.
 */
@ConsumerType
public interface ComplianceRule {

    /**
     * Identifier, unique across all plugins: lower case letters, digits, dots and hyphens, conventionally prefixed
     * with the plugin's region or team, e.g. {@code eu.dsa-statement-of-reasons-translated}.
     */
    String id();

    /** A short title for people. */
    String title();

    /** What the rule checks and why, in a sentence or two. */
    String description();

    /** The launch regions the rule applies to (e.g. {@code EU}); empty for every region. */
    Set<RegionCode> regions();

    Severity severity();

    /**
     * Identifiers of the regional compliance requirements this rule checks (see
     * {@link org.policyops.api.localization.RequirementCatalog}), shown with its findings; may be empty.
     */
    default List<String> requirements() {
        return List.of();
    }

    /**
     * Evaluates the launch in one region.
     *
     * @return PASS, FAIL or NOT_APPLICABLE with findings; never ERROR or TIMEOUT
     * @throws Exception for anything unexpected: reported as ERROR with the cause
     */
    RuleResult evaluate(RuleContext context) throws Exception;
}
