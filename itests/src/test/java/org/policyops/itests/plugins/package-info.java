/**
 * Rules that the plugin itests package into plugin bundles at run time (see TestPlugins): a rule that reports its
 * bundle's version, one that throws and one that hangs. Not registered by the probe itself (it has no
 * Service-Component header).
 */
package org.policyops.itests.plugins;
