package org.policyops.api.launches;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every readiness evaluation, e.g. by the metrics feature to time them and count rule verdicts. Registered by
 * whoever wants to observe; the launches feature calls every one on the evaluating thread after each evaluation, so an
 * observer returns at once and never throws (what it throws is logged and ignored).
 *
 * @since 1.1
 */
@ConsumerType
public interface ReadinessObserver {

    /**
     * @param report the evaluation's result, every region with its rules' verdicts and durations
     * @param durationNanos how long the whole evaluation took
     */
    void evaluated(ReadinessReport report, long durationNanos);
}
