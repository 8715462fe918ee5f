package org.policyops.launches.internal.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per rule registration: after {@code threshold} consecutive TIMEOUTs the circuit opens and the rule is not run for
 * the cool-down; readiness reports it at once as TIMEOUT ("circuit open since …"). When the cool-down is over one
 * evaluation tries it again (half-open): if it answers in time the circuit closes, if it times out again the
 * circuit opens anew. Evaluations that meet a half-open circuit whose trial is still under way report it as open.
 * A threshold of 0 turns the breaker off.
 */
public final class CircuitBreaker {

    /** What to do with a rule now: run it, or report it open since {@code since} until {@code retryAt}. */
    public record Decision(boolean run, Instant since, Instant retryAt, int timeouts) {
    }

    private static final class State {
        int consecutive;
        Instant openSince;
        boolean trial;
    }

    private final Clock clock;
    private final Map<Object, State> states = new ConcurrentHashMap<>();
    private volatile int threshold;
    private volatile Duration cooldown;

    public CircuitBreaker(Clock clock, int threshold, Duration cooldown) {
        this.clock = clock;
        configure(threshold, cooldown);
    }

    public void configure(int threshold, Duration cooldown) {
        if (threshold < 0 || cooldown == null || cooldown.isNegative()) {
            throw new IllegalArgumentException("the circuit needs a threshold of 0 or more and a cool-down that is not negative");
        }
        this.threshold = threshold;
        this.cooldown = cooldown;
    }

    /** Before running the rule: may it run? A half-open circuit lets exactly one caller through. */
    public Decision before(Object key) {
        if (threshold == 0) {
            return new Decision(true, null, null, 0);
        }
        State s = states.get(key);
        if (s == null) {
            return new Decision(true, null, null, 0);
        }
        synchronized (s) {
            if (s.openSince == null) {
                return new Decision(true, null, null, s.consecutive);
            }
            Instant retryAt = s.openSince.plus(cooldown);
            if (!clock.instant().isBefore(retryAt) && !s.trial) {
                s.trial = true;
                return new Decision(true, s.openSince, retryAt, s.consecutive);
            }
            return new Decision(false, s.openSince, retryAt, s.consecutive);
        }
    }

    /**
     * After the rule ran: {@code timedOut} true when it did not answer within its bound, false when it answered
     * (or threw), null when nothing was learnt (it was not started: every worker was busy); a half-open trial that learnt nothing leaves the circuit open for another cool-down.
     */
    public void after(Object key, Boolean timedOut) {
        if (Boolean.FALSE.equals(timedOut)) {
            states.remove(key);
            return;
        }
        if (timedOut == null) {
            State s = states.get(key);
            if (s != null) {
                synchronized (s) {
                    if (s.trial) {
                        s.trial = false;
                        s.openSince = clock.instant();
                    }
                }
            }
            return;
        }
        if (threshold == 0) {
            return;
        }
        State s = states.computeIfAbsent(key, k -> new State());
        synchronized (s) {
            s.consecutive++;
            if (s.trial || (s.openSince == null && s.consecutive >= threshold)) {
                s.openSince = clock.instant();
                s.trial = false;
            }
        }
    }

    /** Forgets a rule (its registration left). */
    public void forget(Object key) {
        states.remove(key);
    }

    /** Rules whose circuit is open now (for the rule list). */
    public Map<Object, Instant> open() {
        Map<Object, Instant> open = new java.util.HashMap<>();
        states.forEach((k, s) -> {
            synchronized (s) {
                if (s.openSince != null) {
                    open.put(k, s.openSince);
                }
            }
        });
        return open;
    }
}
