package org.policyops.planning.internal.dto;

import java.time.LocalDate;

import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.entity.MilestoneEntity;

/**
 * Body of {@code POST /planning/initiatives/{id}/milestones} and {@code PUT .../milestones/{milestoneId}}. The date
 * arrives as text so that a bad one is reported against its field; {@code kind} defaults to {@code OTHER}.
 */
public record MilestoneRequest(String title, String date, MilestoneKind kind, String note) {

    /** Milestones are planned within the years a {@link org.policyops.planning.internal.domain.Quarter} can name. */

    public MilestoneEntity.Content validate() {
        Validator v = new Validator();
        String t = v.requireText("title", title, MilestoneEntity.MAX_TITLE);
        LocalDate d = v.parse("date", v.require("date", date), Dates::date);
        String n = v.optionalText("note", note, MilestoneEntity.MAX_NOTE);
        v.throwIfInvalid();
        return new MilestoneEntity.Content(t, d, kind == null ? MilestoneKind.OTHER : kind, n);
    }
}
