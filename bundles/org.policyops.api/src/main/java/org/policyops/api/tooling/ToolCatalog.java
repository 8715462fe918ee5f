package org.policyops.api.tooling;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.policyops.api.LifecycleStage;

/** Reads the tooling registry. Registered by the tooling feature; for consoles, reports and compliance rules. */
@ProviderType
public interface ToolCatalog {

    /** Every tool, by key; with {@code stage}, only the tools serving that stage. */
    List<ToolInfo> tools(LifecycleStage stage);

    /** One tool; empty when there is no tool with that key. */
    Optional<ToolInfo> tool(String key);
}
