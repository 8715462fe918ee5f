package org.policyops.api.tooling;

/**
 * Where a tool stands in its own life: {@code PROPOSED → PILOT → PRODUCTION → DEPRECATED → RETIRED}, one step
 * forward at a time; a proposal or a pilot may also be dropped straight to {@code RETIRED}.
 */
public enum ToolStatus {
    PROPOSED,
    PILOT,
    PRODUCTION,
    DEPRECATED,
    RETIRED;

    /** Whether a tool in this status may move to {@code to}. */
    public boolean canMoveTo(ToolStatus to) {
        if (to == null || to == this) {
            return false;
        }
        if (to.ordinal() == ordinal() + 1) {
            return true;
        }
        return to == RETIRED && (this == PROPOSED || this == PILOT);
    }
}
