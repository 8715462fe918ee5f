package org.policyops.tooling.internal.dto;

import java.time.LocalDate;

import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.entity.StatusChange;

/** Body of {@code POST /tooling/tools/{key}/status}: the new status, the day it took effect (today when left out), a note. */
public record StatusRequest(String status, String at, String note) {

    public record Valid(String status, LocalDate at, String note) {
    }

    public Valid validate() {
        Validator v = new Validator();
        String s = Fields.status(v, "status", v.require("status", status));
        LocalDate d = v.parse("at", at, Dates::date);
        String n = v.optionalText("note", note, StatusChange.MAX_NOTE);
        v.throwIfInvalid();
        return new Valid(s, d, n);
    }
}
