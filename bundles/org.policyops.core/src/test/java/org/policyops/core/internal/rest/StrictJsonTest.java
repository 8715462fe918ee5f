package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What the JSON reader refuses, and how the refusal reads once the problem mapper has it. */
class StrictJsonTest {

    record Region(String code, String name) {
    }

    record Roles(List<String> roles) {
    }

    record Share(Double share, double weight) {
    }

    record Dated(Instant at, LocalDate day, YearMonth month) {
    }

    private final ObjectMapper mapper = ObjectMappers.create();

    private Map<String, Object> problem(String json, Class<?> type) {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(json, type));
        return ProblemMapper.problemFor(e);
    }

    @Test
    void textIsOnlyTakenFromJsonStrings() throws Exception {
        for (String value : List.of("true", "12345", "1.5", "{}", "[]")) {
            Map<String, Object> p = problem("{\"code\": " + value + "}", Region.class);
            assertEquals(400, p.get("status"), value);
            assertEquals("code: has the wrong type; expected text", p.get("detail"), value);
        }
        assertEquals("roles[1]: has the wrong type; expected text",
                problem("{\"roles\": [\"planner\", 7]}", Roles.class).get("detail"));
        assertEquals(new Region("EU", null), mapper.readValue("{\"code\": \"EU\"}", Region.class));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedAtTheirField() throws Exception {
        assertEquals("name: holds the control character U+0000",
                problem("{\"name\": \"\\u0000\"}", Region.class).get("detail"));
        assertEquals("name: holds the control character U+001B",
                problem("{\"name\": \"a\\u001bb\"}", Region.class).get("detail"));
        assertEquals("name: holds the control character U+007F",
                problem("{\"name\": \"\\u007f\"}", Region.class).get("detail"));
        assertEquals("name: holds half of a surrogate pair (U+D800), which is no character",
                problem("{\"name\": \"x\\ud800\"}", Region.class).get("detail"));
        assertEquals("roles[0]: holds the control character U+0000",
                problem("{\"roles\": [\"\\u0000\"]}", Roles.class).get("detail"));
        assertEquals("Line one\nline two\tand an emoji \uD83D\uDE00",
                mapper.readValue("{\"name\": \"Line one\\nline two\\tand an emoji \\ud83d\\ude00\"}", Region.class).name());
    }

    @Test
    void numbersMustBeFinite() throws Exception {
        assertEquals("share: is too large to be a number", problem("{\"share\": 1e400, \"weight\": 1}", Share.class).get("detail"));
        assertEquals("weight: is too large to be a number", problem("{\"weight\": -1e400}", Share.class).get("detail"));
        assertEquals(400, problem("{\"share\": NaN}", Share.class).get("status"));
        assertEquals(0.25, mapper.readValue("{\"share\": 0.25, \"weight\": 2}", Share.class).share());
    }

    @Test
    void datesOutsideTheSaneRangeAreRefused() throws Exception {
        assertEquals("at: must be from 1970 to 9999 (was -999999999-01-01T00:00:00Z)",
                problem("{\"at\": \"-999999999-01-01T00:00:00Z\"}", Dated.class).get("detail"));
        assertEquals(400, problem("{\"at\": \"+1000000000-01-01T00:00:00Z\"}", Dated.class).get("status"));
        assertEquals("day: must be from 1970 to 9999 (was 0000-01-01)",
                problem("{\"day\": \"0000-01-01\"}", Dated.class).get("detail"));
        assertEquals("day: must be from 1970 to 9999 (was +999999999-12-31)",
                problem("{\"day\": \"+999999999-12-31\"}", Dated.class).get("detail"));
        assertEquals("month: must be from 1970 to 9999 (was -999999999-01)",
                problem("{\"month\": \"-999999999-01\"}", Dated.class).get("detail"));
        Dated ok = mapper.readValue("{\"at\": \"2026-12-06T10:00:00Z\", \"day\": \"1970-01-01\", \"month\": \"9999-12\"}",
                Dated.class);
        assertEquals(LocalDate.of(1970, 1, 1), ok.day());
    }
}
