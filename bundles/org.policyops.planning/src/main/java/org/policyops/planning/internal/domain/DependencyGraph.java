package org.policyops.planning.internal.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "depends on" graph of initiatives, held as adjacency lists of ids, for refusing an edge that would close a
 * cycle. The search is an iterative breadth-first search (no recursion, so a chain of any length cannot overflow
 * the stack) and visits each initiative and edge at most once: linear in the size of the graph.
 */
public final class DependencyGraph {

    private final Map<Long, List<Long>> dependsOn = new HashMap<>();

    /** Records that {@code initiative} depends on {@code prerequisite}. */
    public void add(long initiative, long prerequisite) {
        dependsOn.computeIfAbsent(initiative, k -> new ArrayList<>(2)).add(prerequisite);
    }

    /** What the initiative depends on directly, in the order the edges were added; empty when nothing. */
    public List<Long> prerequisites(long initiative) {
        return Collections.unmodifiableList(dependsOn.getOrDefault(initiative, List.of()));
    }

    /**
     * The cycle that the edge "{@code initiative} depends on {@code prerequisite}" would close, in dependency
     * order and starting and ending with {@code initiative}: {@code [A, B, C, A]} means A would depend on B, B
     * depends on C and C depends on A. Empty when the edge closes no cycle. The cycle returned is a shortest one.
     */
    public List<Long> cycleIfAdded(long initiative, long prerequisite) {
        if (initiative == prerequisite) {
            return List.of(initiative, initiative);
        }
        // Search from the prerequisite along "depends on" edges for the initiative; parents lead back.
        Map<Long, Long> parent = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        parent.put(prerequisite, prerequisite);
        queue.add(prerequisite);
        while (!queue.isEmpty()) {
            long current = queue.poll();
            for (long next : dependsOn.getOrDefault(current, List.of())) {
                if (parent.containsKey(next)) {
                    continue;
                }
                parent.put(next, current);
                if (next == initiative) {
                    return cycle(parent, initiative, prerequisite);
                }
                queue.add(next);
            }
        }
        return List.of();
    }

    private static List<Long> cycle(Map<Long, Long> parent, long initiative, long prerequisite) {
        // parent chain: initiative <- ... <- prerequisite; reversed it is prerequisite -> ... -> initiative.
        List<Long> path = new ArrayList<>();
        long node = initiative;
        while (node != prerequisite) {
            path.add(node);
            node = parent.get(node);
        }
        path.add(prerequisite);
        Collections.reverse(path);
        List<Long> cycle = new ArrayList<>(path.size() + 1);
        cycle.add(initiative);
        cycle.addAll(path);
        return cycle;
    }
}
