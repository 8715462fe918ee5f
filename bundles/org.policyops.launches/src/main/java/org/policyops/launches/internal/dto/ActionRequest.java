package org.policyops.launches.internal.dto;

import java.time.Instant;

import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;

/**
 * Optional body of the region actions. Approval: {@code {"override":true,"reason":"..."}} (an administrator
 * approving despite NO_GO; the reason is required then). Enforcement: {@code {"at":"2027-01-18T06:00:00Z"}} when
 * it started earlier than now. Cancel: {@code {"reason":"..."}} (kept in the log and the event).
 */
public record ActionRequest(Boolean override, String reason, String at) {

    /** Validated: whether an override is asked for, the reason (trimmed) and the instant. */
    public record Content(boolean override, String reason, Instant at) {
    }

    public static final ActionRequest NONE = new ActionRequest(null, null, null);

    public Content validate(Instant now) {
        Validator v = new Validator();
        boolean o = Boolean.TRUE.equals(override);
        String r = v.optionalText("reason", reason, 2000);
        if (o && r == null) {
            v.reject("reason", "is required with an override: say why the launch may go ahead although it is NO_GO");
        }
        Instant when = v.parse("at", at, Dates::instant);
        if (when != null && when.isAfter(now)) {
            v.reject("at", "must not be in the future (was " + when + ")");
        }
        v.throwIfInvalid();
        return new Content(o, r, when);
    }
}
