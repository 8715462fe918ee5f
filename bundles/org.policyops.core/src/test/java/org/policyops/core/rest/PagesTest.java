package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class PagesTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    private final UriInfo uriInfo = mock(UriInfo.class);

    PagesTest() {
        // A fresh builder on every call, as a JAX-RS runtime gives.
        when(uriInfo.getRequestUriBuilder())
                .thenAnswer(i -> UriBuilder.fromUri("http://localhost:8181/api/plans?q=spam&offset=999&limit=7"));
    }

    /** rel -> the link's URI. */
    private Map<String, URI> links(long total, int limit, int offset) {
        Map<String, URI> links = new LinkedHashMap<>();
        for (String link : Pages.links(new Page<>(List.of(), total, limit, offset), uriInfo)) {
            Matcher m = LINK.matcher(link);
            assertTrue(m.matches(), link);
            links.put(m.group(2), URI.create(m.group(1)));
        }
        return links;
    }

    /** rel -> the link's offset parameter. */
    private Map<String, Long> offsets(long total, int limit, int offset) {
        Map<String, Long> offsets = new LinkedHashMap<>();
        links(total, limit, offset).forEach((rel, uri) -> offsets.put(rel, Long.parseLong(param(uri, "offset"))));
        return offsets;
    }

    private static String param(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return kv[1];
            }
        }
        throw new AssertionError(name + " missing in " + uri);
    }

    @Test
    void anEmptyListLinksOnlyToFirstAndLastAtOffsetZero() {
        assertEquals(Map.of("first", 0L, "last", 0L), offsets(0, 10, 0));
    }

    @Test
    void aSinglePartialPageHasNoPrevOrNext() {
        assertEquals(Map.of("first", 0L, "last", 0L), offsets(7, 10, 0));
    }

    @Test
    void theFirstPageLinksToNextButNotPrev() {
        Map<String, Long> offsets = offsets(45, 10, 0);

        assertEquals(List.of("first", "next", "last"), List.copyOf(offsets.keySet()));
        assertEquals(10L, offsets.get("next"));
        assertEquals(40L, offsets.get("last"));
    }

    @Test
    void aMiddlePageLinksBothWays() {
        assertEquals(Map.of("first", 0L, "prev", 10L, "next", 30L, "last", 40L), offsets(45, 10, 20));
    }

    @Test
    void theLastPartialPageHasNoNext() {
        Map<String, Long> offsets = offsets(45, 10, 40);

        assertFalse(offsets.containsKey("next"));
        assertEquals(30L, offsets.get("prev"));
        assertEquals(40L, offsets.get("last"));
    }

    @Test
    void whenTheTotalIsAnExactMultipleTheLastPageIsFull() {
        assertEquals(Map.of("first", 0L, "prev", 10L, "last", 20L), offsets(30, 10, 20));
    }

    @Test
    void anExactMultipleFromTheStartLinksNextToTheSecondPage() {
        assertEquals(Map.of("first", 0L, "next", 10L, "last", 10L), offsets(20, 10, 0));
    }

    @Test
    void prevNeverGoesBelowZeroForAnUnalignedOffset() {
        assertEquals(0L, offsets(45, 10, 5).get("prev"));
    }

    @Test
    void linksKeepTheOtherQueryParametersAndSetTheLimit() {
        URI next = links(45, 10, 0).get("next");

        assertEquals("/api/plans", next.getPath());
        assertEquals("spam", param(next, "q"));
        assertEquals("10", param(next, "limit"));
        assertEquals(1, next.getRawQuery().split("offset=").length - 1, next.toString());
    }

    @Test
    void theResponseCarriesThePageTheTotalAndTheLinkHeaders() {
        Page<String> page = new Page<>(List.of("a", "b"), 45, 10, 20);

        Response response = Pages.response(page, uriInfo);

        assertEquals(200, response.getStatus());
        assertEquals(page, response.getEntity());
        assertEquals("45", response.getHeaderString(Pages.TOTAL_COUNT_HEADER));
        assertEquals(4, response.getHeaders().get("Link").size());
    }
}
