package org.policyops.planning.internal.dto;

import org.policyops.planning.internal.domain.InitiativeStatus;

/** An initiative named in a dependency, schedule or blocked list: enough to recognise it and to judge it. */
public record InitiativeRef(long id, String title, InitiativeStatus status, String targetQuarter) {
}
