/**
 * Builders for testing PolicyOps plugin rules: {@link org.policyops.testkit.Launches} for the launch a rule sees,
 * {@link org.policyops.testkit.RuleContexts} for the context it is evaluated in. Use in test scope.
 */
package org.policyops.testkit;
