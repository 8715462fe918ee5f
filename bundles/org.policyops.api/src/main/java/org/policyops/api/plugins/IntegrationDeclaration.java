package org.policyops.api.plugins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Declares an integration of the plugin in its manifest (as {@code Provide-Capability: policyops.integration;id=...}),
 * so that a dry run can name the integrations an upgrade adds or removes without starting the plugin. For an
 * integration configured per factory configuration, declare the id pattern the instances use.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Capability(namespace = IntegrationDeclaration.NAMESPACE)
public @interface IntegrationDeclaration {

    /** The capability namespace of integration declarations. */
    String NAMESPACE = "policyops.integration";

    /** The integration's id, as {@code Integration.id()} returns it. */
    @Attribute("id")
    String id();
}
