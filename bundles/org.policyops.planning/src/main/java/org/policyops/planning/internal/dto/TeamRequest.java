package org.policyops.planning.internal.dto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.entity.TeamEntity;
import org.policyops.planning.internal.entity.TeamMember;

/**
 * Body of {@code POST /planning/teams} and {@code PUT /planning/teams/{id}}: the team with its members, which the
 * PUT replaces as a whole. A member's {@code fte} is greater than 0 and at most 1, 1 when left out; member names are
 * unique within the team, since planned leave names the member.
 */
public record TeamRequest(String name, String region, List<Member> members) {

    public static final int MAX_MEMBERS = 500;

    public record Member(String name, String role, Double fte) {
    }

    public TeamEntity.Content validate() {
        Validator v = new Validator();
        String n = v.requireText("name", name, TeamEntity.MAX_NAME);
        String r = v.parse("region", region == null || region.isBlank() ? null : region, s -> RegionCode.of(s).value());
        List<TeamMember> list = new ArrayList<>();
        if (members != null && members.size() > MAX_MEMBERS) {
            v.reject("members", "must be at most " + MAX_MEMBERS + " (was " + members.size() + ")");
        } else if (members != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                String at = "members[" + i + "]";
                Member m = members.get(i);
                if (m == null) {
                    v.reject(at, "must not be null");
                    continue;
                }
                String person = v.requireText(at + ".name", m.name(), TeamMember.MAX_NAME);
                String role = v.optionalText(at + ".role", m.role(), TeamMember.MAX_ROLE);
                double fte = m.fte() == null ? 1.0 : m.fte();
                if (!(fte > 0) || fte > 1) {
                    v.reject(at + ".fte", "must be greater than 0 and at most 1 (was " + m.fte() + ")");
                }
                if (person != null && !seen.add(person.toLowerCase(Locale.ROOT))) {
                    v.reject(at + ".name", "'" + person + "' is listed twice");
                }
                list.add(new TeamMember(person, role, fte));
            }
        }
        v.throwIfInvalid();
        return new TeamEntity.Content(n, r, list);
    }
}
