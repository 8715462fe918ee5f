package org.policyops.launches.internal.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;

import org.policyops.api.compliance.Finding;
import org.policyops.api.compliance.RuleResult;
import org.policyops.api.compliance.Severity;
import org.policyops.api.compliance.Verdict;
import org.policyops.api.launches.Readiness;
import org.policyops.api.launches.RuleEvaluation;

/**
 * Turns what the executor reports for a rule into its evaluation, and evaluations into a region's readiness:
 * any BLOCKER that is not in shadow mode and did not PASS (or was NOT_APPLICABLE) makes the region NO_GO, and so
 * do ERROR and TIMEOUT, since an unchecked blocker is not a checked one.
 */
public final class Evaluations {

    /** Blockers first, then warnings, then information; by rule id within each. */
    public static final Comparator<RuleEvaluation> ORDER = Comparator.comparing(RuleEvaluation::severity)
            .thenComparing(RuleEvaluation::ruleId);

    private Evaluations() {
    }

    public static boolean blocking(Severity severity, boolean shadow, Verdict verdict) {
        return !shadow && severity == Severity.BLOCKER && verdict != Verdict.PASS && verdict != Verdict.NOT_APPLICABLE;
    }

    public static Readiness readiness(List<RuleEvaluation> evaluations) {
        return evaluations.stream().anyMatch(RuleEvaluation::blocking) ? Readiness.NO_GO : Readiness.GO;
    }

    /** The evaluation of a rule from the executor's outcome of running it. */
    public static RuleEvaluation of(RegisteredRule rule, boolean shadow, RuleExecutor.Outcome<RuleResult> outcome,
            long timeoutMillis) {
        Verdict verdict;
        List<Finding> findings;
        switch (outcome.kind()) {
            case COMPLETED -> {
                RuleResult result = outcome.value();
                if (result == null) {
                    verdict = Verdict.ERROR;
                    findings = List.of(Finding.of("The rule returned no result; a rule returns PASS, FAIL or NOT_APPLICABLE."));
                } else if (result.verdict() == Verdict.ERROR || result.verdict() == Verdict.TIMEOUT) {
                    verdict = Verdict.ERROR;
                    List<Finding> f = new ArrayList<>();
                    f.add(Finding.of("The rule returned verdict " + result.verdict() + ", which only the platform sets; "
                            + "a rule returns PASS, FAIL or NOT_APPLICABLE."));
                    f.addAll(result.findings());
                    findings = f;
                } else {
                    verdict = result.verdict();
                    findings = result.findings();
                }
            }
            case THREW -> {
                verdict = Verdict.ERROR;
                findings = List.of(new Finding("The rule failed: " + describe(outcome.error()), stack(outcome.error())));
            }
            case TIMED_OUT -> {
                verdict = Verdict.TIMEOUT;
                findings = List.of(Finding.of("The rule did not answer within its time bound of " + timeoutMillis
                        + " ms; it was interrupted and the evaluation went on without it."));
            }
            case STILL_RUNNING -> {
                verdict = Verdict.TIMEOUT;
                findings = List.of(Finding.of("Not run: an earlier evaluation of this rule ran past its time bound and has "
                        + "still not returned (running for " + outcome.runningSinceMillis() + " ms). The rule runs again "
                        + "once it returns."));
            }
            case NOT_STARTED -> {
                verdict = Verdict.TIMEOUT;
                findings = List.of(Finding.of("Not started in time: every rule worker was busy until this evaluation's "
                        + "deadline."));
            }
            case REJECTED -> {
                verdict = Verdict.TIMEOUT;
                findings = List.of(Finding.of("Not started: " + RuleExecutor.QUEUE_CAPACITY
                        + " rule evaluations are already waiting for a worker."));
            }
            default -> throw new IllegalStateException(outcome.kind().name());
        }
        long duration = outcome.kind() == RuleExecutor.Kind.TIMED_OUT ? timeoutMillis : outcome.durationMillis();
        return new RuleEvaluation(rule.id(), rule.title(), rule.severity(), shadow, verdict, findings, rule.requirements(),
                blocking(rule.severity(), shadow, verdict), rule.plugin(), rule.pluginVersion(), duration);
    }

    /** A rule whose circuit is open: TIMEOUT at once, without running it. */
    public static RuleEvaluation circuitOpen(RegisteredRule rule, boolean shadow, CircuitBreaker.Decision d) {
        Verdict verdict = Verdict.TIMEOUT;
        return new RuleEvaluation(rule.id(), rule.title(), rule.severity(), shadow, verdict,
                List.of(Finding.of("circuit open since " + d.since() + ": the rule timed out " + d.timeouts()
                        + " times in a row, so it is not run until " + d.retryAt() + ", when it is tried again.")),
                rule.requirements(), blocking(rule.severity(), shadow, verdict), rule.plugin(), rule.pluginVersion(), 0);
    }

    /**
     * A rule of a plugin that is changing: not evaluated, never a PASS. Within the time bound it reports that the
     * plugin is changing; after it, that the rule has not come back.
     */
    public static RuleEvaluation pending(RuleRegistry.Pending p, boolean shadow, java.time.Instant now,
            java.time.Duration bound) {
        RegisteredRule rule = p.last();
        Verdict verdict = Verdict.ERROR;
        java.time.Instant failAt = p.since().plus(bound);
        String message = now.isBefore(failAt)
                ? "Pending: " + p.reason() + " since " + p.since() + "; rule " + rule.id() + " is not evaluated until the "
                        + "plugin's new version registers it (or the plugin is removed). Approvals in this region are "
                        + "refused until then."
                : "Failing: " + p.reason() + " since " + p.since() + ", and rule " + rule.id() + " has not come back within "
                        + bound + ". Start or fix the plugin, or remove it.";
        return new RuleEvaluation(rule.id(), rule.title(), rule.severity(), shadow, verdict, List.of(Finding.of(message)),
                rule.requirements(), blocking(rule.severity(), shadow, verdict), rule.plugin(), rule.pluginVersion(), 0);
    }

    /** "IllegalStateException: boom (caused by IOException: closed)". */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c != t) {
                sb.append(" (caused by ");
            }
            sb.append(c.getClass().getName());
            if (c.getMessage() != null) {
                sb.append(": ").append(c.getMessage());
            }
        }
        for (int i = 1; i < seen.size(); i++) {
            sb.append(')');
        }
        return sb.length() > 1000 ? sb.substring(0, 999) + "…" : sb.toString();
    }

    /** Where it was thrown: the first frames of the stack, enough to find the line in the plugin. */
    static String stack(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(5, frames.length); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append("at ").append(frames[i]);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
