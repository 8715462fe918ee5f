/**
 * The tooling registry: the tools, platforms and AI integrations used at each stage of the policy lifecycle, with
 * owners and status. {@link org.policyops.api.tooling.ToolCatalog} is registered by the tooling feature; plugins
 * contribute tools by registering {@link org.policyops.api.tooling.ToolDescriptor} services.
 */
@Export
@Version("1.0.0")
package org.policyops.api.tooling;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
