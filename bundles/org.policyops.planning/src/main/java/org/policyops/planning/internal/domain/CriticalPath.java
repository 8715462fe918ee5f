package org.policyops.planning.internal.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The critical path method over initiatives and the dependencies among them. Each task starts as soon as all its
 * prerequisites have finished (earliest start/finish, a forward pass in topological order) and may start as late
 * as it can without delaying the end of the whole plan (latest start/finish, a backward pass from the plan's end).
 * Slack is latest start − earliest start. The plan's end is the latest earliest-finish over all tasks, so in a
 * graph of several unconnected parts every task's slack is measured against the same end: the longest part holds
 * the critical path and shorter parts get slack. Passes are iterative (Kahn's algorithm), linear in tasks + edges.
 */
public final class CriticalPath {

    /** Below this, a difference of durations is treated as zero (durations are fractional weeks). */
    static final double EPSILON = 1e-9;

    public record Task(long id, double duration) {
        public Task {
            if (!(duration >= 0) || Double.isInfinite(duration)) {
                throw new IllegalArgumentException("task " + id + " has an invalid duration " + duration);
            }
        }
    }

    /** An edge: {@code dependent} cannot start before {@code prerequisite} has finished. */
    public record Edge(long dependent, long prerequisite) {
    }

    public record Scheduled(long id, double duration, double earliestStart, double earliestFinish, double latestStart,
            double latestFinish, double slack) {
        public boolean critical() {
            return slack == 0;
        }
    }

    /**
     * @param schedule one entry per task, in the order the tasks were given
     * @param criticalPath one longest chain of zero-slack tasks, first task first; where several chains are equally
     *        long, the one that starts (and then continues) with the lowest ids
     * @param totalDuration the length of the plan: the end of its last task
     */
    public record Result(List<Scheduled> schedule, List<Long> criticalPath, double totalDuration) {
    }

    private CriticalPath() {
    }

    /**
     * @throws IllegalArgumentException when an edge names an unknown task, a task id repeats, or the edges form
     *         a cycle (then no schedule exists)
     */
    public static Result compute(List<Task> tasks, Collection<Edge> edges) {
        int n = tasks.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (index.put(tasks.get(i).id(), i) != null) {
                throw new IllegalArgumentException("task " + tasks.get(i).id() + " is given twice");
            }
        }
        List<List<Integer>> successors = new ArrayList<>(n);
        List<List<Integer>> predecessors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>(2));
            predecessors.add(new ArrayList<>(2));
        }
        int[] inDegree = new int[n];
        for (Edge e : edges) {
            Integer d = index.get(e.dependent());
            Integer p = index.get(e.prerequisite());
            if (d == null || p == null) {
                throw new IllegalArgumentException("edge " + e + " names a task that is not in the plan");
            }
            successors.get(p).add(d);
            predecessors.get(d).add(p);
            inDegree[d]++;
        }

        int[] order = new int[n];
        int ordered = 0;
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                ready.add(i);
            }
        }
        double[] es = new double[n];
        double[] ef = new double[n];
        while (!ready.isEmpty()) {
            int t = ready.poll();
            order[ordered++] = t;
            ef[t] = es[t] + tasks.get(t).duration();
            for (int s : successors.get(t)) {
                es[s] = Math.max(es[s], ef[t]);
                if (--inDegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (ordered < n) {
            throw new IllegalArgumentException("the dependencies form a cycle; " + (n - ordered) + " tasks cannot be scheduled");
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total = Math.max(total, ef[i]);
        }

        double[] lf = new double[n];
        double[] ls = new double[n];
        java.util.Arrays.fill(lf, total);
        for (int k = n - 1; k >= 0; k--) {
            int t = order[k];
            ls[t] = lf[t] - tasks.get(t).duration();
            for (int p : predecessors.get(t)) {
                lf[p] = Math.min(lf[p], ls[t]);
            }
        }

        List<Scheduled> schedule = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double slack = ls[i] - es[i];
            schedule.add(new Scheduled(tasks.get(i).id(), tasks.get(i).duration(), es[i], ef[i], ls[i], lf[i],
                    Math.abs(slack) < EPSILON ? 0 : slack));
        }
        return new Result(schedule, criticalPath(tasks, schedule, predecessors, successors), total);
    }

    /**
     * Walks one chain of critical tasks: from a critical task without prerequisites, on to a critical successor
     * that starts exactly when the current one finishes, until there is none. Such a successor always exists
     * until the plan's end is reached, so the chain is a longest one.
     */
    private static List<Long> criticalPath(List<Task> tasks, List<Scheduled> schedule, List<List<Integer>> predecessors,
            List<List<Integer>> successors) {
        List<Long> path = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i).critical() && predecessors.get(i).isEmpty()
                    && (current < 0 || tasks.get(i).id() < tasks.get(current).id())) {
                current = i;
            }
        }
        while (current >= 0) {
            path.add(tasks.get(current).id());
            double finish = schedule.get(current).earliestFinish();
            int next = -1;
            for (int s : successors.get(current)) {
                Scheduled c = schedule.get(s);
                if (c.critical() && Math.abs(c.earliestStart() - finish) < EPSILON
                        && (next < 0 || tasks.get(s).id() < tasks.get(next).id())) {
                    next = s;
                }
            }
            current = next;
        }
        return path;
    }
}
