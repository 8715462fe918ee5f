package org.policyops.tooling.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "depends on" relation between tools, to find a cycle before it is stored. A cycle is reported as the path
 * that closes it, first key repeated last: {@code [a, b, c, a]}.
 */
public final class DependencyGraph {

    private final Map<String, List<String>> edges;

    /** @param edges each tool's key → the keys it depends on */
    public DependencyGraph(Map<String, List<String>> edges) {
        this.edges = new HashMap<>(edges);
    }

    /** The graph with one tool's dependencies replaced (as a change would store them). */
    public DependencyGraph with(String key, List<String> dependsOn) {
        Map<String, List<String>> copy = new HashMap<>(edges);
        copy.put(key, List.copyOf(dependsOn));
        return new DependencyGraph(copy);
    }

    /** A cycle through {@code start}, if its dependencies lead back to it. */
    public Optional<List<String>> cycleThrough(String start) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return search(start, start, path, new HashSet<>());
    }

    /** Any cycle in the graph, looking from the keys in the given order. */
    public Optional<List<String>> anyCycle(Iterable<String> starts) {
        for (String s : starts) {
            Optional<List<String>> c = cycleThrough(s);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> search(String start, String at, List<String> path, Set<String> done) {
        for (String next : edges.getOrDefault(at, List.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            // A tool searched before from this start cannot lead back to it, whatever the path to it.
            if (done.add(next)) {
                path.add(next);
                Optional<List<String>> found = search(start, next, path, done);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }

    /** "a → b → a". */
    public static String describe(List<String> cycle) {
        return String.join(" → ", cycle);
    }
}
