package org.policyops.launches.internal.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rule evaluations on a bounded pool of worker threads, each under a time bound, and never lets one rule
 * harm the caller or the others:
 * <ul>
 * <li>a rule that throws is reported as {@link Kind#THREW} with the exception;</li>
 * <li>a rule still running when its time bound (counted from its start) is over is abandoned: its worker is
 * interrupted and it is reported as {@link Kind#TIMED_OUT};</li>
 * <li>a worker whose abandoned rule ignores the interrupt and never returns is <em>replaced</em>: the pool grows by
 * one for each worker held by an abandoned rule (up to {@code maxAbandoned}), and shrinks back when it returns, so a
 * rule that hangs forever does not take capacity from later requests;</li>
 * <li>while a rule's abandoned evaluation is still running, that rule is not started again: it is reported at once
 * as {@link Kind#STILL_RUNNING}, so a rule that always hangs holds at most one thread per evaluation that was under
 * way when it first hung;</li>
 * <li>a task that could not start within the evaluation's deadline (every worker busy) is reported as
 * {@link Kind#NOT_STARTED}; one refused because the queue is full as {@link Kind#REJECTED}.</li>
 * </ul>
 * The evaluation's deadline for starting is (⌈tasks ÷ workers⌉ + 1) × the time bound after it began.
 */
public final class RuleExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleExecutor.class);

    /** Tasks that may wait for a worker across all evaluations under way. */
    public static final int QUEUE_CAPACITY = 10_000;

    /** How a task ended. */
    public enum Kind {
        COMPLETED, THREW, TIMED_OUT, STILL_RUNNING, NOT_STARTED, REJECTED
    }

    /**
     * What one task came to.
     *
     * @param value the task's value when COMPLETED (may be null)
     * @param error what it threw when THREW
     * @param durationMillis how long it ran: the time bound for TIMED_OUT, 0 when it never started
     * @param runningSinceMillis for STILL_RUNNING: how long its abandoned evaluation has been running
     */
    public record Outcome<T>(Kind kind, T value, Throwable error, long durationMillis, long runningSinceMillis) {
    }

    /**
     * One piece of work: {@code key} identifies the rule (a rule with an abandoned evaluation still running is not
     * started again) and {@code work} evaluates it.
     */
    public record Task<T>(Object key, Callable<T> work) {
    }

    private final int workers;
    private final int maxAbandoned;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final ConcurrentMap<Object, Call<?>> stuck = new ConcurrentHashMap<>();

    public RuleExecutor(int workers, int maxAbandoned, String threadPrefix) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.workers = workers;
        this.maxAbandoned = maxAbandoned;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, threadPrefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUE_CAPACITY), threads, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the tasks in parallel and waits for each up to its bound; the outcomes are in the tasks' order. */
    public <T> List<Outcome<T>> run(List<Task<T>> tasks, Duration timeout) {
        long timeoutNanos = timeout.toNanos();
        long begin = System.nanoTime();
        long rounds = (tasks.size() + workers - 1) / workers + 1;
        long startDeadline = begin + rounds * timeoutNanos;
        List<Call<T>> calls = new ArrayList<>(tasks.size());
        for (Task<T> task : tasks) {
            Call<T> call = new Call<>(task);
            calls.add(call);
            Call<?> previous = stuck.get(task.key());
            if (previous != null) {
                call.early = new Outcome<>(Kind.STILL_RUNNING, null, null, 0,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - previous.startNanos));
                continue;
            }
            try {
                pool.execute(call);
            } catch (RejectedExecutionException e) {
                call.early = new Outcome<>(Kind.REJECTED, null, e, 0, 0);
            }
        }
        List<Outcome<T>> outcomes = new ArrayList<>(calls.size());
        for (Call<T> call : calls) {
            outcomes.add(call.early != null ? call.early : await(call, timeoutNanos, startDeadline));
        }
        return outcomes;
    }

    private <T> Outcome<T> await(Call<T> call, long timeoutNanos, long startDeadline) {
        try {
            while (true) {
                long now = System.nanoTime();
                if (call.state.get() == Call.QUEUED) {
                    if (now >= startDeadline) {
                        if (call.state.compareAndSet(Call.QUEUED, Call.CANCELLED)) {
                            pool.remove(call);
                            return new Outcome<>(Kind.NOT_STARTED, null, null, 0, 0);
                        }
                        continue; // it started just now
                    }
                    // Poll while queued: once it starts, its own bound applies.
                    call.done.await(Math.min(startDeadline - now, TimeUnit.MILLISECONDS.toNanos(20)), TimeUnit.NANOSECONDS);
                    continue;
                }
                long deadline = call.startNanos + timeoutNanos;
                if (call.done.await(Math.max(0, deadline - now), TimeUnit.NANOSECONDS)) {
                    return call.outcome();
                }
                if (call.abandon(this)) {
                    return new Outcome<>(Kind.TIMED_OUT, null, null, TimeUnit.NANOSECONDS.toMillis(timeoutNanos), 0);
                }
                // It finished between the wait and the abandon.
                call.done.await();
                return call.outcome();
            }
        } catch (InterruptedException e) {
            // The caller is being stopped: leave the rule to the worker and report it as not finished.
            Thread.currentThread().interrupt();
            call.abandon(this);
            return new Outcome<>(Kind.TIMED_OUT, null, null, 0, 0);
        }
    }

    /** Worker threads now, including those held by abandoned rules. */
    public int poolSize() {
        return pool.getPoolSize();
    }

    /** Workers held by abandoned rules that have not returned. */
    public int abandoned() {
        return abandoned.get();
    }

    /** Workers free for new work: the configured number, whatever abandoned rules hold. */
    public int workers() {
        return workers;
    }

    private synchronized void grow() {
        int held = abandoned.incrementAndGet();
        if (held <= maxAbandoned) {
            pool.setMaximumPoolSize(workers + held);
            pool.setCorePoolSize(workers + held);
        } else {
            LOG.error("{} rule workers are held by rules that ignored their time bound and never returned; not adding "
                    + "more workers. Remove the plugins whose rules hang (see the log's TIMEOUT warnings).", held);
        }
    }

    private synchronized void shrink() {
        int held = abandoned.decrementAndGet();
        int size = workers + Math.min(Math.max(held, 0), maxAbandoned);
        pool.setCorePoolSize(size);
        pool.setMaximumPoolSize(size);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One task on its way through the pool. */
    private static final class Call<T> implements Runnable {
        static final int QUEUED = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        static final int ABANDONED = 3;
        static final int CANCELLED = 4;

        final Task<T> task;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        final CountDownLatch done = new CountDownLatch(1);
        volatile long startNanos;
        volatile long endNanos;
        volatile T value;
        volatile Throwable error;
        volatile Outcome<T> early;
        private Thread runner;
        private RuleExecutor owner;

        Call(Task<T> task) {
            this.task = task;
        }

        @Override
        public void run() {
            startNanos = System.nanoTime();
            synchronized (this) {
                runner = Thread.currentThread();
            }
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                synchronized (this) {
                    runner = null;
                }
                return;
            }
            try {
                value = task.work().call();
            } catch (Throwable t) { // NOSONAR: a rule's failure of any kind is reported, never propagated
                error = t;
            } finally {
                endNanos = System.nanoTime();
                RuleExecutor abandonedBy = null;
                synchronized (this) {
                    runner = null;
                    // An interrupt meant for this rule must not reach the worker's next task.
                    Thread.interrupted();
                    if (!state.compareAndSet(RUNNING, DONE)) {
                        abandonedBy = owner;
                    }
                }
                done.countDown();
                if (abandonedBy != null) {
                    abandonedBy.stuck.remove(task.key(), this);
                    abandonedBy.shrink();
                    LOG.info("An abandoned evaluation of rule {} returned after {} ms; its worker is free again.",
                            task.key(), TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos));
                }
            }
        }

        /** Abandons the running task: interrupts it and replaces its worker. False when it already finished. */
        boolean abandon(RuleExecutor executor) {
            synchronized (this) {
                if (!state.compareAndSet(RUNNING, ABANDONED)) {
                    if (state.compareAndSet(QUEUED, CANCELLED)) {
                        executor.pool.remove(this);
                        return true;
                    }
                    return false;
                }
                owner = executor;
                // Recorded before the worker can see the abandonment, so its return always finds (and undoes) it.
                executor.stuck.put(task.key(), this);
                executor.grow();
                if (runner != null) {
                    runner.interrupt();
                }
            }
            return true;
        }

        Outcome<T> outcome() {
            long millis = TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
            return error == null ? new Outcome<>(Kind.COMPLETED, value, null, millis, 0)
                    : new Outcome<>(Kind.THREW, null, error, millis, 0);
        }
    }
}
