package org.policyops.planning.internal.dto;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.MilestoneKind;
import org.policyops.planning.internal.entity.MilestoneEntity;

/**
 * Body of {@code POST /planning/initiatives/{id}/milestones} and {@code PUT .../milestones/{milestoneId}}. The date
 * arrives as text so that a bad one is reported against its field; {@code kind} defaults to {@code OTHER}.
 */
public record MilestoneRequest(String title, String date, MilestoneKind kind, String note) {

    /** Milestones are planned within the years a {@link org.policyops.planning.internal.domain.Quarter} can name. */
    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 9999;

    public MilestoneEntity.Content validate() {
        Validator v = new Validator();
        String t = v.requireText("title", title, MilestoneEntity.MAX_TITLE);
        LocalDate d = v.parse("date", v.require("date", date), MilestoneRequest::date);
        String n = v.optionalText("note", note, MilestoneEntity.MAX_NOTE);
        v.throwIfInvalid();
        return new MilestoneEntity.Content(t, d, kind == null ? MilestoneKind.OTHER : kind, n);
    }

    private static LocalDate date(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use YYYY-MM-DD such as 2027-03-15", e);
        }
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("year " + d.getYear() + " is out of range: use a year from " + MIN_YEAR
                    + " to " + MAX_YEAR);
        }
        return d;
    }
}
