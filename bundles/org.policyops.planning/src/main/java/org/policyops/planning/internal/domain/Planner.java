package org.policyops.planning.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Proposes which initiatives fit which quarter of a period, without storing anything. Work under way
 * ({@link Committed}) takes its team's capacity first. Then candidates are decided one by one in priority order,
 * each placed in the earliest quarter of the period, not before its target quarter, in which its team has enough
 * capacity left and after the quarter of every prerequisite; a prerequisite done before the period
 * ({@link Input#satisfied()}) holds nothing back.
 * <p>
 * A candidate is decided only once all its prerequisites among the candidates are, and a prerequisite inherits the
 * priority of the highest-ranked candidate that waits for it: what the top of the ranking needs is placed before
 * lower-ranked work takes the capacity. Every candidate not placed gets a reason. Kahn's algorithm with a priority
 * queue: O((n + e) log n) for n candidates and e dependencies.
 */
public final class Planner {

    private static final double EPSILON = 1e-9;

    /** An initiative to place; {@code notScorable} is the model's reason when it could not rank it. */
    public record Candidate(long id, String title, String team, double effortWeeks, Quarter target, String notScorable) {
    }

    /** Work under way in a quarter of the period: it keeps its quarter and uses its team's capacity there. */
    public record Committed(long id, String title, String team, double effortWeeks, Quarter quarter) {
    }

    /**
     * @param quarters      the period, in order
     * @param model         the scoring model's id, for reasons
     * @param ranked        candidates, highest priority first
     * @param capacity      person-weeks per team (by name) and quarter
     * @param prerequisites for each initiative, the ids it depends on
     * @param satisfied     ids of prerequisites done (or due done) before the period
     */
    public record Input(List<Quarter> quarters, String model, List<Candidate> ranked, List<Committed> committed,
            Map<String, Map<Quarter, Double>> capacity, Map<Long, List<Long>> prerequisites, Set<Long> satisfied) {
    }

    public record Placement(long id, String title, String team, double effortWeeks, Quarter quarter, boolean committed) {
    }

    public record LeftOut(long id, String title, String team, double effortWeeks, Quarter target, String reason) {
    }

    /** Placements in the order they were made, left-out candidates in rank order, and capacity left per team and quarter. */
    public record Result(List<Placement> placements, List<LeftOut> leftOut, Map<String, Map<Quarter, Double>> remaining) {
    }

    private final Input in;
    private final Map<String, Map<Quarter, Double>> remaining = new TreeMap<>();
    private final Map<Long, Quarter> placedAt = new HashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Map<Long, LeftOut> leftOut = new HashMap<>();

    private Planner(Input in) {
        this.in = in;
    }

    public static Result plan(Input input) {
        if (input.quarters().isEmpty()) {
            throw new IllegalArgumentException("the period has no quarter");
        }
        return new Planner(input).run();
    }

    private Result run() {
        in.capacity().forEach((team, byQuarter) -> {
            Map<Quarter, Double> left = new TreeMap<>();
            for (Quarter q : in.quarters()) {
                left.put(q, byQuarter.getOrDefault(q, 0.0));
            }
            remaining.put(team, left);
        });
        for (Committed c : in.committed()) {
            placements.add(new Placement(c.id(), c.title(), c.team(), c.effortWeeks(), c.quarter(), true));
            placedAt.put(c.id(), c.quarter());
            Map<Quarter, Double> left = c.team() == null ? null : remaining.get(c.team());
            if (left != null && left.containsKey(c.quarter())) {
                left.merge(c.quarter(), -c.effortWeeks(), Double::sum);
            }
        }
        List<Candidate> ranked = in.ranked();
        int n = ranked.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(ranked.get(i).id(), i);
        }
        // Prerequisites among the candidates, and who waits for each.
        List<List<Integer>> before = new ArrayList<>(n);
        List<List<Integer>> after = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            before.add(new ArrayList<>());
            after.add(new ArrayList<>());
        }
        int[] waiting = new int[n];
        for (int i = 0; i < n; i++) {
            for (long p : prerequisites(ranked.get(i).id())) {
                Integer j = index.get(p);
                if (j != null && j != i) {
                    before.get(i).add(j);
                    after.get(j).add(i);
                    waiting[i]++;
                }
            }
        }
        int[] priority = inheritedPriority(n, before);
        PriorityQueue<Integer> ready = new PriorityQueue<>(
                Comparator.<Integer>comparingInt(i -> priority[i]).thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] decided = new boolean[n];
        while (!ready.isEmpty()) {
            int i = ready.poll();
            decide(ranked.get(i));
            decided[i] = true;
            for (int d : after.get(i)) {
                if (--waiting[d] == 0) {
                    ready.add(d);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!decided[i]) {
                // Only a dependency cycle keeps a candidate waiting for ever; the API refuses cycles, this is a guard.
                Candidate c = ranked.get(i);
                List<Long> open = before.get(i).stream().filter(j -> !decided[j]).map(j -> ranked.get(j).id()).toList();
                leave(c, "depends on " + ids(open) + " in a dependency cycle, so " + (open.size() == 1 ? "it was" : "they were")
                        + " not placed");
            }
        }
        List<LeftOut> out = new ArrayList<>();
        for (Candidate c : ranked) {
            LeftOut l = leftOut.get(c.id());
            if (l != null) {
                out.add(l);
            }
        }
        return new Result(List.copyOf(placements), List.copyOf(out), remaining);
    }

    /** Each candidate's own rank, or the best rank of any candidate that (transitively) waits for it. */
    private static int[] inheritedPriority(int n, List<List<Integer>> before) {
        int[] priority = new int[n];
        Arrays.fill(priority, -1);
        for (int i = 0; i < n; i++) {
            if (priority[i] >= 0) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            priority[i] = i;
            queue.add(i);
            while (!queue.isEmpty()) {
                for (int j : before.get(queue.poll())) {
                    if (priority[j] < 0) {
                        priority[j] = i;
                        queue.add(j);
                    }
                }
            }
        }
        return priority;
    }

    private void decide(Candidate c) {
        if (c.notScorable() != null) {
            leave(c, "not scorable by model " + in.model() + ": " + c.notScorable());
            return;
        }
        if (c.team() == null || c.team().isBlank()) {
            leave(c, "no owning team: assign the initiative to a team");
            return;
        }
        Map<Quarter, Double> left = remaining.get(c.team());
        if (left == null) {
            leave(c, "no team named " + c.team());
            return;
        }
        if (!(c.effortWeeks() > 0) || Double.isInfinite(c.effortWeeks())) {
            leave(c, "no effort estimate (effortWeeks is " + plain(c.effortWeeks()) + ")");
            return;
        }
        List<Quarter> quarters = in.quarters();
        Quarter first = quarters.get(0);
        Quarter last = quarters.get(quarters.size() - 1);
        if (c.target().compareTo(last) > 0) {
            leave(c, "targeted for " + c.target() + ", after the period " + period(first, last));
            return;
        }
        Quarter earliest = c.target().compareTo(first) < 0 ? first : c.target();
        List<Long> missing = new ArrayList<>();
        long latestPrerequisite = -1;
        for (long p : prerequisites(c.id())) {
            if (in.satisfied().contains(p)) {
                continue;
            }
            Quarter q = placedAt.get(p);
            if (q == null || p == c.id()) {
                missing.add(p);
            } else if (q.next().compareTo(earliest) > 0) {
                earliest = q.next();
                latestPrerequisite = p;
            }
        }
        if (!missing.isEmpty()) {
            leave(c, "depends on " + ids(missing) + " which " + (missing.size() == 1 ? "was" : "were") + " not placed");
            return;
        }
        if (earliest.compareTo(last) > 0) {
            leave(c, "depends on #" + latestPrerequisite + " which is placed in " + placedAt.get(latestPrerequisite)
                    + ", so no quarter of " + period(first, last) + " is after it");
            return;
        }
        double largest = 0;
        for (Quarter q : quarters) {
            largest = Math.max(largest, in.capacity().get(c.team()).getOrDefault(q, 0.0));
        }
        if (c.effortWeeks() > largest + EPSILON) {
            leave(c, "larger than any quarter's capacity of team " + c.team() + " (" + plain(c.effortWeeks()) + " > "
                    + plain(largest) + ")");
            return;
        }
        double most = Double.NEGATIVE_INFINITY;
        for (Quarter q : quarters) {
            if (q.compareTo(earliest) < 0) {
                continue;
            }
            double free = left.get(q);
            if (free + EPSILON >= c.effortWeeks()) {
                left.put(q, free - c.effortWeeks());
                placedAt.put(c.id(), q);
                placements.add(new Placement(c.id(), c.title(), c.team(), c.effortWeeks(), q, false));
                return;
            }
            most = Math.max(most, free);
        }
        leave(c, "team " + c.team() + " has at most " + plain(Math.max(0, most)) + " person-weeks left in "
                + period(earliest, last) + "; it needs " + plain(c.effortWeeks()));
    }

    private Set<Long> prerequisites(long id) {
        return new LinkedHashSet<>(in.prerequisites().getOrDefault(id, List.of()));
    }

    private void leave(Candidate c, String reason) {
        leftOut.put(c.id(), new LeftOut(c.id(), c.title(), c.team(), c.effortWeeks(), c.target(), reason));
    }

    /** {@code 2027-Q2..Q4}, {@code 2027-Q4..2028-Q1}, or a single quarter. */
    static String period(Quarter from, Quarter to) {
        if (from.equals(to)) {
            return from.toString();
        }
        return from + ".." + (from.year() == to.year() ? "Q" + to.quarter() : to.toString());
    }

    private static String ids(List<Long> ids) {
        return new LinkedHashSet<>(ids).stream().map(id -> "#" + id).collect(Collectors.joining(", "));
    }

    static String plain(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
