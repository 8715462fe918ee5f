package org.policyops.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class ObjectMappersTest {

    enum Stage { DEVELOPMENT, TESTING }

    record Event(Instant at, LocalDate day, OffsetDateTime local) {
    }

    record Item(String name, int reach, Stage stage) {
    }

    record Named(String name, Integer reach) {
    }

    private final ObjectMapper mapper = ObjectMappers.create();

    @Test
    void theApiValueTypesAreWrittenAsTheirText() throws Exception {
        record Stat(org.policyops.api.RegionCode region, java.util.Set<org.policyops.api.RegionCode> regions,
                org.policyops.api.LocaleTag locale, org.policyops.api.SemanticVersion version, org.policyops.api.PolicyRef ref) {
        }
        String json = mapper.writeValueAsString(new Stat(org.policyops.api.RegionCode.of("eu"),
                java.util.Set.of(org.policyops.api.RegionCode.of("UK")), org.policyops.api.LocaleTag.of("pt_BR"),
                org.policyops.api.SemanticVersion.parse("3.1"), org.policyops.api.PolicyRef.parse("hate-speech@3.1.0")));

        assertEquals("{\"region\":\"EU\",\"regions\":[\"UK\"],\"locale\":\"pt-BR\",\"version\":\"3.1.0\","
                + "\"ref\":\"hate-speech@3.1.0\"}", json);
    }

    @Test
    void instantsAreWrittenAsIsoText() throws Exception {
        String json = mapper.writeValueAsString(Map.of("at", Instant.parse("2024-03-01T10:15:30Z")));

        assertEquals("{\"at\":\"2024-03-01T10:15:30Z\"}", json);
    }

    @Test
    void datesAreWrittenAsIsoText() throws Exception {
        assertEquals("\"2024-03-01\"", mapper.writeValueAsString(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void datesAndInstantsReadBackAsWritten() throws Exception {
        Event event = new Event(Instant.parse("2024-03-01T10:15:30.123Z"), LocalDate.of(2024, 2, 29),
                OffsetDateTime.parse("2024-03-01T10:15:30+02:00"));

        assertEquals(event, mapper.readValue(mapper.writeValueAsString(event), Event.class));
    }

    @Test
    void aTimeZoneOffsetSentByTheClientIsKept() throws Exception {
        Event event = mapper.readValue("{\"local\":\"2024-03-01T10:15:30+02:00\"}", Event.class);

        assertEquals(OffsetDateTime.parse("2024-03-01T10:15:30+02:00"), event.local());
    }

    @Test
    void anUnknownPropertyFails() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"name\":\"a\",\"reach\":1,\"colour\":\"red\"}", Item.class));
    }

    @Test
    void nullFieldsAreLeftOut() throws Exception {
        assertEquals("{\"reach\":3}", mapper.writeValueAsString(new Named(null, 3)));
    }

    @Test
    void nullForAPrimitiveFails() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"reach\":null}", Item.class));
    }

    @Test
    void aNumberForAnEnumFails() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"reach\":1,\"stage\":0}", Item.class));
    }

    @Test
    void textForANumberFails() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"reach\":\"12\"}", Item.class));
    }

    @Test
    void trailingContentAfterTheValueFails() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"reach\":1} {}", Item.class));
    }
}
