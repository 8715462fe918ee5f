package org.policyops.planning.internal.dto;

import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.entity.TeamEntity;
import org.policyops.planning.internal.entity.TeamMember;

/** Body of {@code POST /planning/leave}: planned leave of a member of a team (both by name), in working days (0 to 65). */
public record LeaveRequest(String team, String member, String quarter, Double days) {

    public record Content(String team, String member, Quarter quarter, double days) {
    }

    public Content validate() {
        Validator v = new Validator();
        String t = v.requireText("team", team, TeamEntity.MAX_NAME);
        String m = v.requireText("member", member, TeamMember.MAX_NAME);
        Quarter q = v.parse("quarter", v.require("quarter", quarter), Quarter::parse);
        v.require("days", days);
        v.range("days", days, 0, HolidayRequest.MAX_DAYS);
        v.throwIfInvalid();
        return new Content(t, m, q, days);
    }
}
