/**
 * The plugin inventory: which plugin bundles are installed, in what state, with which rules and integrations, and
 * what is wrong with them in plain words. Registered by the plugins feature; for consoles and reports.
 */
@Export
@Version("1.1.0")
package org.policyops.api.plugins;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
