package org.policyops.tooling.internal.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policyops.api.RegionCode;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.entity.MigrationEntity;

/**
 * Body of {@code POST /tooling/migrations} and {@code PUT /tooling/migrations/{id}}: people move from the tools
 * {@code fromTools} to {@code toTool}, region by region, each region by its cutover day.
 */
public record MigrationRequest(String name, List<String> fromTools, String toTool, List<CutoverRequest> cutovers) {

    /** One region and its planned cutover day. */
    public record CutoverRequest(String region, String day) {
    }

    public record Valid(String name, List<String> fromTools, String toTool, List<MigrationEntity.Cutover> cutovers) {

        public List<String> regions() {
            return cutovers.stream().map(MigrationEntity.Cutover::getRegion).toList();
        }
    }

    public Valid validate() {
        Validator v = new Validator();
        String n = v.requireText("name", name, MigrationEntity.MAX_NAME);
        List<String> from = Fields.keys(v, "fromTools", fromTools);
        if (from.isEmpty()) {
            v.reject("fromTools", "needs at least one tool people move from");
        }
        String to = Fields.requireKey(v, "toTool", toTool);
        if (to != null && from.contains(to)) {
            v.reject("toTool", "cannot also be a tool people move from");
        }
        List<MigrationEntity.Cutover> c = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<CutoverRequest> list = v.maxItems("cutovers", cutovers, 100);
        if (list.isEmpty()) {
            v.reject("cutovers", "needs at least one region with its cutover day");
        }
        for (int i = 0; i < list.size(); i++) {
            CutoverRequest r = list.get(i);
            String at = "cutovers[" + i + "]";
            if (r == null) {
                v.reject(at, "must be a region and a day");
                continue;
            }
            String region = v.parse(at + ".region", v.require(at + ".region", r.region()), s -> RegionCode.of(s.trim()).value());
            LocalDate day = v.parse(at + ".day", v.require(at + ".day", r.day()), Dates::date);
            if (region != null && !seen.add(region)) {
                v.reject(at + ".region", region + " is listed twice");
            }
            if (region != null && day != null) {
                c.add(new MigrationEntity.Cutover(region, day));
            }
        }
        v.throwIfInvalid();
        return new Valid(n, from, to, c);
    }
}
