/**
 * The tooling registry: the tools, platforms and AI integrations used at each stage of the policy lifecycle, with
 * owners and status. {@link org.policyops.api.tooling.ToolCatalog} is registered by the tooling feature; plugins
 * contribute tools by registering {@link org.policyops.api.tooling.ToolDescriptor} services. 1.1: where an
 * {@link org.policyops.api.tooling.AdoptionInfo}'s target population comes from.
 */
@Export
@Version("1.1.0")
package org.policyops.api.tooling;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
