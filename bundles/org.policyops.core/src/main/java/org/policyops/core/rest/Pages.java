package org.policyops.core.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * Answers a list request: the page as {@code {"items": [...], "total": n, "limit": l, "offset": o}}, with the
 * total in {@code X-Total-Count} and RFC 8288 {@code Link} headers to the first, previous, next and last pages.
 */
public final class Pages {

    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private Pages() {
    }

    /**
     * The most characters the {@code Link} headers of one answer may take: the web server refuses answers whose
     * headers pass 8 KB, and each link repeats the request's query. Longer links are left out; the body and
     * {@code X-Total-Count} still tell the client where it is.
     */
    static final int MAX_LINKS_LENGTH = 6000;

    public static Response response(Page<?> page, UriInfo uriInfo) {
        Response.ResponseBuilder rb = Response.ok(page).header(TOTAL_COUNT_HEADER, page.total());
        List<String> links = links(page, uriInfo);
        if (links.stream().mapToInt(String::length).sum() <= MAX_LINKS_LENGTH) {
            for (String link : links) {
                rb.header("Link", link);
            }
        }
        return rb.build();
    }

    static List<String> links(Page<?> page, UriInfo uriInfo) {
        List<String> links = new ArrayList<>();
        int limit = page.limit();
        long lastOffset = page.total() == 0 ? 0 : ((page.total() - 1) / limit) * limit;
        links.add(link(uriInfo, 0, limit, "first"));
        if (page.offset() > 0) {
            links.add(link(uriInfo, Math.max(0, page.offset() - limit), limit, "prev"));
        }
        if (page.offset() + limit < page.total()) {
            links.add(link(uriInfo, page.offset() + limit, limit, "next"));
        }
        links.add(link(uriInfo, lastOffset, limit, "last"));
        return links;
    }

    private static String link(UriInfo uriInfo, long offset, int limit, String rel) {
        URI uri = uriInfo.getRequestUriBuilder()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)
                .build();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
