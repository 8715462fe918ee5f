package org.policyops.planning.internal.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.policyops.core.rest.Dates;
import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.RegionScoped;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Validator;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.entity.InitiativeEntity;

/**
 * Body of {@code POST /planning/initiatives} and {@code PUT /planning/initiatives/{id}}. Being {@link RegionScoped},
 * a regional lead's body is refused before the resource runs if it names regions outside the lead's own.
 */
public record InitiativeRequest(String title, String policyKey, InitiativeType type, List<String> linesOfBusiness,
        List<String> regions, RiskLevel riskLevel, Long reach, Double impact, Double confidence, Double effortWeeks,
        String targetQuarter, InitiativeStatus status, String owningTeam, Integer businessValue, Integer timeCriticality,
        Integer riskReduction, String regulatoryDeadline) implements RegionScoped {

    public static final int MAX_LINES_OF_BUSINESS = 20;
    public static final int MAX_LINE_OF_BUSINESS_LENGTH = 50;
    public static final int MAX_REGIONS = 50;
    public static final double MAX_EFFORT_WEEKS = 10_000;

    /** A request without the optional prioritisation fields (WSJF inputs and regulatory deadline). */
    public InitiativeRequest(String title, String policyKey, InitiativeType type, List<String> linesOfBusiness,
            List<String> regions, RiskLevel riskLevel, Long reach, Double impact, Double confidence, Double effortWeeks,
            String targetQuarter, InitiativeStatus status, String owningTeam) {
        this(title, policyKey, type, linesOfBusiness, regions, riskLevel, reach, impact, confidence, effortWeeks,
                targetQuarter, status, owningTeam, null, null, null, null);
    }

    @Override
    public String domainRole() {
        return Roles.PLANNER;
    }

    /**
     * Checks every field and reports all problems at once. Regions come back upper case, lines of business lower
     * case, each sorted without duplicates. Whether the policy exists is checked by the caller, in its transaction.
     */
    public InitiativeEntity.Content validate() {
        Validator v = new Validator();
        String t = v.requireText("title", title, 200);
        String key = v.optionalText("policyKey", policyKey, 64);
        if (key != null) {
            key = v.parse("policyKey", key, PolicyRef::requireValidKey);
        }
        v.require("type", type);
        List<String> lobs = linesOfBusiness(v);
        List<String> regionCodes = regions(v);
        v.require("riskLevel", riskLevel);
        v.require("reach", reach);
        if (reach != null && reach < 0) {
            v.reject("reach", "must be 0 or more (was " + reach + ")");
        }
        v.require("impact", impact);
        v.range("impact", impact, 0.25, 3);
        v.require("confidence", confidence);
        v.range("confidence", confidence, 0, 1);
        v.require("effortWeeks", effortWeeks);
        v.positive("effortWeeks", effortWeeks);
        if (effortWeeks != null && effortWeeks > MAX_EFFORT_WEEKS) {
            v.reject("effortWeeks", "must be at most " + (long) MAX_EFFORT_WEEKS + " person-weeks (was " + effortWeeks + ")");
        }
        Quarter quarter = v.parse("targetQuarter", v.require("targetQuarter", targetQuarter), Quarter::parse);
        String team = v.optionalText("owningTeam", owningTeam, 100);
        v.range("businessValue", businessValue, 1, 10);
        v.range("timeCriticality", timeCriticality, 1, 10);
        v.range("riskReduction", riskReduction, 1, 10);
        LocalDate deadline = v.parse("regulatoryDeadline", regulatoryDeadline == null || regulatoryDeadline.isBlank() ? null : regulatoryDeadline, Dates::date);
        v.throwIfInvalid();
        return new InitiativeEntity.Content(t, key, type, lobs, regionCodes, riskLevel, reach, impact, confidence,
                effortWeeks, quarter, status == null ? InitiativeStatus.PROPOSED : status, team, businessValue,
                timeCriticality, riskReduction, deadline);
    }

    private List<String> linesOfBusiness(Validator v) {
        TreeSet<String> lobs = new TreeSet<>();
        if (linesOfBusiness == null) {
            return List.of();
        }
        if (linesOfBusiness.size() > MAX_LINES_OF_BUSINESS) {
            v.reject("linesOfBusiness", "must have at most " + MAX_LINES_OF_BUSINESS + " entries (was " + linesOfBusiness.size() + ")");
        }
        for (int i = 0; i < linesOfBusiness.size(); i++) {
            String field = "linesOfBusiness[" + i + "]";
            String lob = v.requireText(field, linesOfBusiness.get(i), MAX_LINE_OF_BUSINESS_LENGTH);
            if (lob != null) {
                lobs.add(lob.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(lobs);
    }

    private List<String> regions(Validator v) {
        if (regions == null || regions.isEmpty()) {
            v.reject("regions", regions == null ? "is required" : "must name at least one region");
            return List.of();
        }
        if (regions.size() > MAX_REGIONS) {
            v.reject("regions", "must have at most " + MAX_REGIONS + " entries (was " + regions.size() + ")");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (RegionCode code : v.parseAll("regions", regions, RegionCode::of)) {
            codes.add(code.value());
        }
        return new ArrayList<>(codes);
    }
}
