package org.policyops.api.tooling;

/** What a registry entry is. */
public enum ToolKind {
    /** An application people work in (a labeling tool, a policy authoring workspace, a CAT tool). */
    TOOL,
    /** A platform other tools run on or feed (the enforcement rules engine, the LMS). */
    PLATFORM,
    /** A machine-learned model or LLM integration that classifies or assists review. */
    AI_MODEL,
    /** A connection between systems (a webhook bridge, an export job). */
    INTEGRATION
}
