package org.policyops.tooling.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.policyops.api.tooling.ToolStatus;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.domain.DependencyGraph;
import org.policyops.tooling.internal.entity.StatusChange;
import org.policyops.tooling.internal.entity.ToolEntity;

/** What the tool services share inside a transaction: finding tools, moving their status, checking dependencies. */
final class Tools {

    private Tools() {
    }

    static ToolEntity find(EntityManager em, String key) {
        ToolEntity t = key == null ? null : em.find(ToolEntity.class, key);
        if (t == null) {
            throw ProblemException.notFound("tool", key);
        }
        return t;
    }

    /** Refuses (409) a change to a tool that an installed plugin provides. */
    static void requireEditable(ToolEntity t) {
        String plugin = t.lockedBy();
        if (plugin != null) {
            throw ProblemException.conflict("Tool " + t.getKey() + " is provided by the plugin '" + plugin
                    + "' and is read-only while that plugin is installed; change it in the plugin.")
                    .with("providedBy", plugin);
        }
    }

    /** Records the status a new tool starts with. */
    static void register(EntityManager em, ToolEntity t, String by, String note) {
        em.persist(new StatusChange(t.getKey(), null, t.getStatus(), t.getStatusSince(), by, note));
    }

    /**
     * Moves a tool to another status, dated {@code at}; refuses (409) a move the lifecycle does not allow and (400) a
     * date before the tool's last move or after now.
     */
    static void move(EntityManager em, ToolEntity t, String to, Instant at, Instant now, String by, String note) {
        ToolStatus from = ToolStatus.valueOf(t.getStatus());
        ToolStatus target = ToolStatus.valueOf(to);
        if (!from.canMoveTo(target)) {
            List<ToolStatus> allowed = java.util.Arrays.stream(ToolStatus.values()).filter(from::canMoveTo).toList();
            throw ProblemException.conflict("Tool " + t.getKey() + " is " + from + " and cannot move to " + target + "; "
                    + (allowed.isEmpty() ? "it is at the end of its life." : "it can move to " + allowed + "."))
                    .with("status", from.name()).with("allowed", allowed.stream().map(Enum::name).toList());
        }
        if (at.isAfter(now)) {
            throw ProblemException.badRequest("at", "cannot be in the future (was " + at + ")");
        }
        if (at.toEpochMilli() < t.getStatusSince()) {
            throw ProblemException.badRequest("at", "cannot be before the tool's last status change ("
                    + Instant.ofEpochMilli(t.getStatusSince()) + ")");
        }
        t.moveTo(target.name(), at.toEpochMilli());
        em.persist(new StatusChange(t.getKey(), from.name(), target.name(), at.toEpochMilli(), by, note));
    }

    /** Every tool's dependencies as stored. */
    static Map<String, List<String>> edges(EntityManager em) {
        Map<String, List<String>> edges = new HashMap<>();
        for (Object[] row : em.createQuery("select t.id, d from ToolEntity t join t.dependsOn d", Object[].class).getResultList()) {
            edges.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return edges;
    }

    static Set<String> keys(EntityManager em) {
        return em.createQuery("select t.id from ToolEntity t", String.class).getResultList().stream().collect(Collectors.toSet());
    }

    /** Refuses (400) dependencies on tools that do not exist, naming each, unless {@code alsoKnown} holds them. */
    static void requireKnown(EntityManager em, List<String> dependsOn, Set<String> alsoKnown) {
        if (dependsOn.isEmpty()) {
            return;
        }
        Set<String> known = keys(em);
        Validator v = new Validator();
        for (int i = 0; i < dependsOn.size(); i++) {
            String d = dependsOn.get(i);
            if (!known.contains(d) && !alsoKnown.contains(d)) {
                v.reject("dependsOn[" + i + "]", "no tool '" + d + "'; register it first");
            }
        }
        v.throwIfInvalid();
    }

    /** Refuses (409) dependencies that would close a cycle, naming it. */
    static void requireNoCycle(DependencyGraph graph, Iterable<String> changed) {
        graph.anyCycle(changed).ifPresent(cycle -> {
            throw ProblemException.conflict("These dependencies would make a cycle: " + DependencyGraph.describe(cycle)
                    + ". A tool cannot depend on itself, even through others.").with("cycle", cycle);
        });
    }

    /** Refuses (409) removing a tool that others depend on. */
    static void requireNoDependents(EntityManager em, String key) {
        List<String> dependents = em.createQuery("select t.id from ToolEntity t join t.dependsOn d where d = :key order by t.id",
                String.class).setParameter("key", key).getResultList();
        if (!dependents.isEmpty()) {
            throw ProblemException.conflict("Tools " + dependents + " depend on " + key + "; change them first.")
                    .with("dependents", dependents);
        }
    }
}
