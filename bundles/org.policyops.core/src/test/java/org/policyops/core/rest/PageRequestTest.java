package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.core.rest.PageRequest.Order;

class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "p.title",
            "targetQuarter", "p.targetQuarter",
            "created", "p.createdAt");

    private static PageRequest of(Integer limit, Integer offset, String sort) {
        return PageRequest.of(limit, offset, sort, SORTABLE, "title");
    }

    private static List<String> fields(ProblemException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaultsToFiftyItemsFromTheStartInTheDefaultOrder() {
        PageRequest page = of(null, null, null);

        assertEquals(50, page.limit());
        assertEquals(0, page.offset());
        assertEquals(List.of(new Order("p.title", true)), page.orders());
    }

    @Test
    void blankSortUsesTheDefaultSort() {
        assertEquals(List.of(new Order("p.title", true)), of(null, null, "  ").orders());
    }

    @Test
    void limitBoundsAreOneAndFiveHundred() {
        assertEquals(1, of(1, null, null).limit());
        assertEquals(500, of(500, null, null).limit());
    }

    @Test
    void limitBelowOneIsRejectedNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> of(0, null, null));

        assertEquals(400, e.status());
        assertEquals(List.of(new FieldError("limit", "must be between 1 and 500 (was 0)")), e.errors());
    }

    @Test
    void limitAboveFiveHundredIsRejectedNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> of(501, null, null));

        assertEquals(List.of("limit"), fields(e));
    }

    @Test
    void negativeOffsetIsRejectedNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> of(null, -1, null));

        assertEquals(List.of(new FieldError("offset", "must be 0 or more (was -1)")), e.errors());
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        ProblemException e = assertThrows(ProblemException.class, () -> of(1000, -5, "bogus"));

        assertEquals(List.of("limit", "offset", "sort"), fields(e));
    }

    @Test
    void sortPrefixesChooseTheDirectionAndFieldsMapToTheirProperties() {
        PageRequest page = of(null, null, "-targetQuarter,+title,created");

        assertEquals(List.of(new Order("p.targetQuarter", false), new Order("p.title", true), new Order("p.createdAt", true)),
                page.orders());
    }

    @Test
    void spacesAndEmptyPartsInTheSortAreIgnored() {
        PageRequest page = of(null, null, " -created , ,title,");

        assertEquals(List.of(new Order("p.createdAt", false), new Order("p.title", true)), page.orders());
    }

    @Test
    void unknownSortFieldIsRejectedNamingTheAllowedOnesInOrder() {
        ProblemException e = assertThrows(ProblemException.class, () -> of(null, null, "-popularity"));

        assertEquals(List.of("sort"), fields(e));
        String message = e.errors().get(0).message();
        assertTrue(message.contains("'popularity'"), message);
        assertTrue(message.endsWith("use one of created, targetQuarter, title"), message);
    }

    @Test
    void sortFieldNamesAreCaseSensitive() {
        assertThrows(ProblemException.class, () -> of(null, null, "Title"));
    }

    @Test
    void aSortKeyNamedTwiceOrTooManyKeysAreRefused() {
        ProblemException twice = assertThrows(ProblemException.class, () -> of(null, null, "title,-title"));
        assertEquals(List.of(new FieldError("sort", "names 'title' more than once")), twice.errors());
        ProblemException many = assertThrows(ProblemException.class, () -> of(null, null, "title,".repeat(300)));
        assertEquals(List.of(new FieldError("sort", "may name at most 5 fields (named 300)")), many.errors());
    }
}
