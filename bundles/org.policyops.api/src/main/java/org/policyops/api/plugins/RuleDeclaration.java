package org.policyops.api.plugins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;
import org.policyops.api.compliance.Severity;

/**
 * Declares a rule of the plugin in its manifest, so that a dry run ({@code POST /api/plugins?dryRun=true}) can tell
 * which rules an upgrade adds, removes or changes without starting the plugin. Put it on the rule class with the
 * same id, severity and regions the rule reports; bnd writes it into the manifest as
 * {@code Provide-Capability: policyops.rule;id="eu.x";severity="BLOCKER";regions:List<String>="EU"}. The runtime
 * always uses what the running rule reports; a declaration that disagrees makes only the dry run wrong.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Capability(namespace = RuleDeclaration.NAMESPACE)
public @interface RuleDeclaration {

    /** The capability namespace of rule declarations. */
    String NAMESPACE = "policyops.rule";

    /** The rule's id, as {@code ComplianceRule.id()} returns it. */
    @Attribute("id")
    String id();

    /** The rule's severity. */
    @Attribute("severity")
    Severity severity();

    /** The regions the rule applies to; {@code *} for all. */
    @Attribute("regions")
    String[] regions() default { "*" };

}
