package org.policyops.training.internal.dto;

import java.time.Instant;

import org.policyops.core.rest.Dates;
import org.policyops.api.LocaleTag;
import org.policyops.core.rest.Validator;

/** Body of {@code POST /training/sessions}: an instructor-led session of a course. */
public record SessionRequest(String course, String trainer, String startsAt, Integer durationMinutes, String locale,
        Integer capacity) {

    public record Content(String course, String trainer, long startsAt, int durationMinutes, String locale, int capacity) {
    }

    public Content validate() {
        Validator v = new Validator();
        String c = Fields.code(v, "course", course);
        String t = Fields.code(v, "trainer", trainer);
        Instant start = v.parse("startsAt", v.require("startsAt", startsAt), Dates::instant);
        v.require("durationMinutes", durationMinutes);
        v.range("durationMinutes", durationMinutes, 15, 7 * 24 * 60);
        String loc = v.parse("locale", v.require("locale", locale), s -> LocaleTag.of(s.trim()).value());
        v.require("capacity", capacity);
        v.range("capacity", capacity, 1, 1000);
        v.throwIfInvalid();
        return new Content(c, t, start.toEpochMilli(), durationMinutes, loc, capacity);
    }
}
