package org.policyops.localization.internal.dto;

import java.time.LocalDate;
import java.util.List;

import org.policyops.core.rest.Dates;
import org.policyops.api.SemanticVersion;
import org.policyops.core.rest.RegionScoped;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.localization.internal.entity.TimelineEntity;

/**
 * Body of POST/PUT /api/localization/timelines: the rollout of one policy version in one region. Dates are ISO
 * dates (2026-12-01); the target dates must run translation, then training, then enforcement.
 */
public record TimelineRequest(String policyKey, String policyVersion, String region, String translationDue,
        String translationDone, String trainingDue, String trainingDone, String enforcementStart,
        String enforcementStarted, String note) implements RegionScoped {

    @Override
    public List<String> regions() {
        return region == null ? List.of() : List.of(region);
    }

    @Override
    public String domainRole() {
        return Roles.LOCALIZATION;
    }

    public TimelineEntity.Content validate() {
        Validator v = new Validator();
        String pk = v.requireText("policyKey", policyKey, 100);
        String pv = null;
        if (policyVersion == null || policyVersion.isBlank()) {
            v.reject("policyVersion", "is required, e.g. 3.1.0");
        } else {
            SemanticVersion parsed = v.parse("policyVersion", policyVersion, SemanticVersion::parse);
            pv = parsed == null ? null : parsed.toString();
        }
        String r = Checks.region(v, "region", region);
        LocalDate tDue = date(v, "translationDue", translationDue);
        LocalDate trDue = date(v, "trainingDue", trainingDue);
        LocalDate eStart = date(v, "enforcementStart", enforcementStart);
        if (tDue != null && trDue != null && trDue.isBefore(tDue)) {
            v.reject("trainingDue", "must not be before translationDue (" + tDue + "): trainers teach the translated text");
        }
        LocalDate before = trDue != null ? trDue : tDue;
        if (before != null && eStart != null && eStart.isBefore(before)) {
            v.reject("enforcementStart", "must not be before " + (trDue != null ? "trainingDue" : "translationDue") + " (" + before + ")");
        }
        String n = v.optionalText("note", note, 1000);
        TimelineEntity.Content c = new TimelineEntity.Content(pk, pv, r, tDue, date(v, "translationDone", translationDone),
                trDue, date(v, "trainingDone", trainingDone), eStart, date(v, "enforcementStarted", enforcementStarted), n);
        v.throwIfInvalid();
        return c;
    }

    private static LocalDate date(Validator v, String field, String text) {
        return v.parse(field, text == null || text.isBlank() ? null : text, Dates::date);
    }
}
