package org.policyops.api.tooling;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tool that a plugin contributes to the registry: a plugin bundle registers one service per tool. While the
 * plugin is installed the tool appears in the registry as provided by it (identified by the bundle's
 * {@code PolicyOps-Plugin} header, else its symbolic name) and cannot be changed over the API; when the plugin is
 * removed the tool stays listed, marked gone.
 */
@ConsumerType
public interface ToolDescriptor {

    /** The tool; its key must not be taken by a tool entered in the registry (the descriptor is then ignored). */
    ToolInfo tool();
}
