package org.policyops.planning.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.policyops.core.internal.rest.ObjectMappers;
import org.policyops.core.rest.FieldError;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Roles;
import org.policyops.planning.internal.domain.InitiativeStatus;
import org.policyops.planning.internal.domain.InitiativeType;
import org.policyops.planning.internal.domain.RiskLevel;
import org.policyops.planning.internal.entity.InitiativeEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Every request body names each field at fault, all at once. */
class RequestValidationTest {

    /** The server's JSON settings, so these bodies are read exactly as over HTTP. */
    static final ObjectMapper JSON = ObjectMappers.create();

    static Map<String, String> errors(Executable validation) {
        ProblemException e = assertThrows(ProblemException.class, validation);
        assertEquals(400, e.status());
        Map<String, String> byField = new TreeMap<>();
        for (FieldError error : e.errors()) {
            byField.put(error.field(), error.message());
        }
        return byField;
    }

    @Test
    void anEmptyPolicyBodyNamesEveryRequiredField() throws Exception {
        PolicyRequest empty = JSON.readValue("{}", PolicyRequest.class);
        assertEquals(Map.of("key", "is required", "name", "is required", "area", "is required", "owningTeam", "is required"),
                errors(empty::validateNew));
    }

    @Test
    void policyFieldsAreCheckedForFormAndLength() {
        PolicyRequest bad = new PolicyRequest("Hate Speech", "x".repeat(201), " ", "t".repeat(101), "d".repeat(4001));
        Map<String, String> errors = errors(bad::validateNew);
        assertEquals(List.of("area", "description", "key", "name", "owningTeam"), new ArrayList<>(errors.keySet()));
        assertTrue(errors.get("key").contains("is not a policy key"), errors.get("key"));
        assertEquals("must be at most 200 characters (was 201)", errors.get("name"));
    }

    @Test
    void aPolicyBodyIsTrimmed() {
        PolicyRequest.Content c = new PolicyRequest(" hate-speech ", " Hate Speech ", "Hate speech", "Policy Global", "  ").validateNew();
        assertEquals("hate-speech", c.key());
        assertEquals("Hate Speech", c.name());
        assertNull(c.description());
    }

    @Test
    void aReplacementMayOmitTheKeyButNotChangeIt() {
        assertEquals("hate-speech", new PolicyRequest(null, "N", "A", "T", null).validateReplacing("hate-speech").key());
        assertEquals("hate-speech", new PolicyRequest("hate-speech", "N", "A", "T", null).validateReplacing("hate-speech").key());
        assertTrue(errors(() -> new PolicyRequest("other", "N", "A", "T", null).validateReplacing("hate-speech"))
                .get("key").startsWith("cannot change"));
    }

    @Test
    void versionBodies() throws Exception {
        assertEquals(Map.of("version", "is required", "summary", "is required"),
                errors(JSON.readValue("{}", VersionRequest.class)::validate));
        assertTrue(errors(new VersionRequest("v3", "S", null)::validate).get("version").contains("MAJOR.MINOR.PATCH"));
        assertEquals("3.1.0", new VersionRequest("3.1", "S", null).validate().version().toString());

        assertTrue(errors(new VersionPatchRequest(null, null)::validate).containsKey("summary"));
        assertEquals(Map.of("summary", "is required"), errors(new VersionPatchRequest(" ", null)::validate));

        assertEquals(Map.of("stage", "is required"), errors(JSON.readValue("{\"note\":\"x\"}", TransitionRequest.class)::validate));
        TransitionRequest t = JSON.readValue("{\"stage\":\"TESTING\",\"at\":\"2026-03-01T09:00:00Z\"}", TransitionRequest.class);
        assertEquals("2026-03-01T09:00:00Z", t.validate().at().toString());
    }

    @Test
    void unknownFieldsAndUnknownStagesAreRefusedWhileReading() {
        assertThrows(UnrecognizedPropertyException.class, () -> JSON.readValue("{\"stage\":\"TESTING\",\"when\":\"x\"}", TransitionRequest.class));
        assertThrows(InvalidFormatException.class, () -> JSON.readValue("{\"stage\":\"LAUNCH\"}", TransitionRequest.class));
    }

    static InitiativeRequest initiative() {
        return new InitiativeRequest("DSA statement-of-reasons templates", "hate-speech", InitiativeType.ENFORCEMENT_CHANGE,
                List.of("Live", "short-video", "live"), List.of("eu", "DE", "EU"), RiskLevel.HIGH, 1_000_000L, 2.0, 0.8,
                12.0, "2027-q1", null, "Policy EMEA");
    }

    @Test
    void aValidInitiativeIsNormalised() {
        InitiativeEntity.Content c = initiative().validate();
        assertEquals(List.of("live", "short-video"), c.linesOfBusiness());
        assertEquals(List.of("DE", "EU"), c.regions());
        assertEquals("2027-Q1", c.targetQuarter().toString());
        assertEquals(InitiativeStatus.PROPOSED, c.status());
        assertEquals("hate-speech", c.policyKey());
    }

    @Test
    void anEmptyInitiativeNamesEveryRequiredField() throws Exception {
        InitiativeRequest empty = JSON.readValue("{}", InitiativeRequest.class);
        Map<String, String> expected = new TreeMap<>();
        for (String field : List.of("title", "type", "regions", "riskLevel", "reach", "impact", "confidence", "effortWeeks",
                "targetQuarter")) {
            expected.put(field, "is required");
        }
        assertEquals(expected, errors(empty::validate));
    }

    @Test
    void eachBadInitiativeFieldIsNamed() {
        InitiativeRequest bad = new InitiativeRequest("t".repeat(201), "Not A Key", InitiativeType.TOOLING,
                List.of("ads", " ", "x".repeat(51)), List.of("EU", "e"), RiskLevel.LOW, -1L, 5.0, 1.5, 0.0, "2027-Q5",
                InitiativeStatus.PLANNED, "o".repeat(101));
        Map<String, String> errors = errors(bad::validate);
        assertEquals(List.of("confidence", "effortWeeks", "impact", "linesOfBusiness[1]", "linesOfBusiness[2]", "owningTeam",
                "policyKey", "reach", "regions[1]", "targetQuarter", "title"), new ArrayList<>(errors.keySet()));
        assertEquals("must be between 0.25 and 3 (was 5.0)", errors.get("impact"));
        assertEquals("must be between 0 and 1 (was 1.5)", errors.get("confidence"));
        assertEquals("must be greater than 0 (was 0.0)", errors.get("effortWeeks"));
        assertEquals("must be 0 or more (was -1)", errors.get("reach"));
    }

    @Test
    void initiativeListsHaveLimits() {
        List<String> lobs = new ArrayList<>(Collections.nCopies(21, "ads"));
        InitiativeRequest tooMany = new InitiativeRequest("T", null, InitiativeType.TOOLING, lobs, List.of(), RiskLevel.LOW,
                0L, 1.0, 1.0, 20_000.0, "2027-Q1", null, null);
        Map<String, String> errors = errors(tooMany::validate);
        assertEquals("must have at most 20 entries (was 21)", errors.get("linesOfBusiness"));
        assertEquals("must name at least one region", errors.get("regions"));
        assertEquals("must be at most 10000 person-weeks (was 20000.0)", errors.get("effortWeeks"));
    }

    @Test
    void anInitiativeIsRegionScopedForPlanners() throws Exception {
        InitiativeRequest request = JSON.readValue("{\"regions\":[\"EU\",\"uk\"]}", InitiativeRequest.class);
        assertEquals(List.of("EU", "uk"), List.copyOf(request.regions()));
        assertEquals(Roles.PLANNER, request.domainRole());
    }

    @Test
    void numbersMustBeNumbers() {
        assertThrows(Exception.class, () -> JSON.readValue("{\"reach\":\"1000\"}", InitiativeRequest.class));
        assertThrows(Exception.class, () -> JSON.readValue("{\"riskLevel\":\"EXTREME\"}", InitiativeRequest.class));
    }

    @Test
    void prioritisationFieldsAreOptional() throws Exception {
        InitiativeEntity.Content c = initiative().validate();
        assertNull(c.businessValue());
        assertNull(c.timeCriticality());
        assertNull(c.riskReduction());
        assertNull(c.regulatoryDeadline());
        InitiativeRequest read = JSON.readValue("{\"title\":\"T\",\"type\":\"TOOLING\",\"regions\":[\"EU\"],"
                + "\"riskLevel\":\"HIGH\",\"reach\":1,\"impact\":1,\"confidence\":1,\"effortWeeks\":2,"
                + "\"targetQuarter\":\"2027-Q1\",\"businessValue\":1,\"timeCriticality\":10,\"riskReduction\":5,"
                + "\"regulatoryDeadline\":\"2027-02-17\"}", InitiativeRequest.class);
        InitiativeEntity.Content full = read.validate();
        assertEquals(1, full.businessValue());
        assertEquals(10, full.timeCriticality());
        assertEquals(5, full.riskReduction());
        assertEquals(java.time.LocalDate.of(2027, 2, 17), full.regulatoryDeadline());
    }

    @Test
    void eachBadPrioritisationFieldIsNamed() {
        InitiativeRequest i = initiative();
        InitiativeRequest bad = new InitiativeRequest(i.title(), i.policyKey(), i.type(), i.linesOfBusiness(), i.regions(),
                i.riskLevel(), i.reach(), i.impact(), i.confidence(), i.effortWeeks(), i.targetQuarter(), i.status(),
                i.owningTeam(), 0, 11, -3, "17/02/2027");
        Map<String, String> errors = errors(bad::validate);
        assertEquals(List.of("businessValue", "regulatoryDeadline", "riskReduction", "timeCriticality"),
                new ArrayList<>(errors.keySet()));
        assertEquals("must be between 1 and 10 (was 0)", errors.get("businessValue"));
        assertEquals("must be between 1 and 10 (was 11)", errors.get("timeCriticality"));
        assertEquals("must be between 1 and 10 (was -3)", errors.get("riskReduction"));
        assertEquals("'17/02/2027' is not a date: use YYYY-MM-DD such as 2027-02-17", errors.get("regulatoryDeadline"));

        InitiativeRequest ancient = new InitiativeRequest(i.title(), i.policyKey(), i.type(), i.linesOfBusiness(),
                i.regions(), i.riskLevel(), i.reach(), i.impact(), i.confidence(), i.effortWeeks(), i.targetQuarter(),
                i.status(), i.owningTeam(), null, null, null, "0001-01-01");
        assertEquals(Map.of("regulatoryDeadline", "must be from 1970 to 9999 (was 0001-01-01)"), errors(ancient::validate));
    }

    @Test
    void prioritisationScoresAreWholeNumbers() {
        assertThrows(Exception.class, () -> JSON.readValue("{\"businessValue\":2.5}", InitiativeRequest.class));
        assertThrows(Exception.class, () -> JSON.readValue("{\"businessValue\":\"high\"}", InitiativeRequest.class));
    }
}
