package org.policyops.itests.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyops.itests.Api;

/**
 * One malformed request the suite sends and what it must get back. Every answer must be below 500 and, if it is a
 * 4xx, RFC 9457 problem+json; a probe can ask for more: a refusal (any 4xx), one of some statuses, a 400 that names a
 * field or parameter.
 */
final class Probe {

    /** When a probe runs: anonymous requests first (their log is checked alone), destructive ones last. */
    enum Phase { ANONYMOUS, READ, WRITE, DELETE, MISSING_IF_MATCH }

    final Phase phase;
    /** The route as {@code METHOD /template}, or a description for paths no route serves. */
    final String route;
    /** The kind of malformation, without the field or parameter it was put in: what failures are grouped by. */
    final String kind;
    /** The field or parameter the malformation is in, or null. */
    final String subject;
    final String user;
    final String method;
    final String target;
    final List<Map.Entry<String, String>> headers;
    final byte[] body;
    final boolean chunked;
    /** When set, the request carries {@code If-Match} with the current ETag of this record. */
    final String currentETagOf;
    /** Answers other than 4xx are failures. */
    final boolean mustRefuse;
    /** When not empty, the answer must have one of these statuses. */
    final Set<Integer> statuses;
    /** When set, a 400 must name this field or parameter ({@code errors[].field} or {@code detail}). */
    final String mustName;
    /** The media types the route consumes: a 415 must name one of them. */
    final List<String> consumes;
    /** A 2xx answer must have an empty body: no description of the API for anonymous callers. */
    final boolean mustNotDescribe;

    private Probe(Builder b) {
        this.phase = b.phase;
        this.route = b.route;
        this.kind = b.kind;
        this.subject = b.subject;
        this.user = b.user;
        this.method = b.method;
        this.target = b.target;
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.chunked = b.chunked;
        this.currentETagOf = b.currentETagOf;
        this.mustRefuse = b.mustRefuse || !b.statuses.isEmpty();
        this.statuses = Set.copyOf(b.statuses);
        this.mustName = b.mustName;
        this.consumes = b.consumes;
        this.mustNotDescribe = b.mustNotDescribe;
    }

    RawHttp.Request request(String currentETag) {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        if (user != null) {
            all.add(Map.entry("Authorization", Api.basic(user, Api.password(user))));
        }
        if (currentETagOf != null && currentETag != null) {
            all.add(Map.entry("If-Match", currentETag));
        }
        return new RawHttp.Request(method, target, all, body, chunked);
    }

    /** The request as one short line for reports: long targets and bodies are cut. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(user == null ? "anonymous " : "as " + user + " ").append(method).append(' ').append(cut(target, 160));
        for (Map.Entry<String, String> h : headers) {
            sb.append(" [").append(h.getKey()).append(": ").append(cut(h.getValue(), 60)).append(']');
        }
        if (currentETagOf != null) {
            sb.append(" [If-Match: current]");
        }
        if (body != null) {
            sb.append(" body(").append(body.length).append(" bytes")
                    .append(chunked ? ", chunked" : "").append("): ")
                    .append(cut(new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8), 160));
        }
        return sb.toString();
    }

    static String cut(String s, int max) {
        String printable = s.replaceAll("\\p{Cntrl}", "\uFFFD");
        return printable.length() <= max ? printable : printable.substring(0, max) + "…(" + s.length() + " chars)";
    }

    static Builder builder(Phase phase, String route, String kind) {
        return new Builder(phase, route, kind);
    }

    static final class Builder {
        private final Phase phase;
        private final String route;
        private final String kind;
        private String subject;
        private String user;
        private String method = "GET";
        private String target;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;
        private boolean chunked;
        private String currentETagOf;
        private boolean mustRefuse;
        private Set<Integer> statuses = Set.of();
        private String mustName;
        private List<String> consumes = List.of();
        private boolean mustNotDescribe;

        private Builder(Phase phase, String route, String kind) {
            this.phase = phase;
            this.route = route;
            this.kind = kind;
        }

        Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        Builder as(String user) {
            this.user = user;
            return this;
        }

        Builder request(String method, String target) {
            this.method = method;
            this.target = target;
            return this;
        }

        Builder header(String name, String value) {
            headers.add(Map.entry(name, value));
            return this;
        }

        Builder body(String contentType, byte[] body) {
            if (contentType != null) {
                headers.add(Map.entry("Content-Type", contentType));
            }
            this.body = body;
            return this;
        }

        Builder chunked() {
            this.chunked = true;
            return this;
        }

        Builder ifMatchCurrentETagOf(String recordPath) {
            this.currentETagOf = recordPath;
            return this;
        }

        Builder mustRefuse() {
            this.mustRefuse = true;
            return this;
        }

        Builder mustRefuse(boolean refuse) {
            this.mustRefuse = refuse;
            return this;
        }

        Builder statuses(Integer... statuses) {
            this.statuses = Set.of(statuses);
            return this;
        }

        Builder mustName(String name) {
            this.mustName = name;
            return this;
        }

        Builder consumes(List<String> consumes) {
            this.consumes = consumes;
            return this;
        }

        Builder mustNotDescribe() {
            this.mustNotDescribe = true;
            return this;
        }

        Probe build() {
            return new Probe(this);
        }
    }
}
