package org.policyops.tooling.internal.dto;

import java.time.Instant;

import org.policyops.tooling.internal.entity.StatusChange;

/** One dated status change of a tool; {@code from} is null for the status a tool was registered with. */
public record StatusChangeView(String from, String to, Instant at, String by, String note) {

    public static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.getFromStatus(), c.getToStatus(), Instant.ofEpochMilli(c.getAt()), c.getBy(), c.getNote());
    }
}
