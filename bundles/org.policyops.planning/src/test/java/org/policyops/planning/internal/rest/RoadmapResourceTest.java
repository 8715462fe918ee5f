package org.policyops.planning.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** Content negotiation of the roadmap: JSON unless the client prefers CSV or iCalendar; 406 for anything else. */
class RoadmapResourceTest {

    static MediaType choose(String... accept) {
        return RoadmapResource.choose(List.of(accept).stream().map(MediaType::valueOf).toList());
    }

    @Test
    void jsonIsTheDefault() {
        assertEquals(MediaType.APPLICATION_JSON_TYPE, RoadmapResource.choose(List.of()));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, choose("*/*"));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, choose("application/json"));
    }

    @Test
    void csvAndCalendarWhenAskedFor() {
        assertEquals(MediaType.valueOf("text/csv"), choose("text/csv"));
        assertEquals(MediaType.valueOf("text/calendar"), choose("text/calendar", "*/*;q=0.1"));
        assertEquals(MediaType.valueOf("text/csv"), choose("text/*"));
        assertEquals(MediaType.valueOf("text/calendar"), choose("text/csv;q=0", "text/calendar;q=0.5"));
    }

    @Test
    void anythingElseIsNotAcceptable() {
        assertThrows(NotAcceptableException.class, () -> choose("image/png"));
        assertThrows(NotAcceptableException.class, () -> choose("application/json;q=0"));
    }
}
