package org.policyops.training.internal.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.policyops.api.training.TrainingEvents;
import org.policyops.core.events.Notice;
import org.policyops.training.internal.entity.CertificationEntity;

/**
 * The training domain's certification events ({@link TrainingEvents}) with their documented properties, for core's
 * EventPoster. Services collect them inside a transaction and post them once it returned.
 */
public final class TrainingNotices {

    private TrainingNotices() {
    }

    /** The properties every certification event carries; {@code extra} adds daysLeft or reason. */
    public static Notice certification(String topic, CertificationEntity c, String extraName, Object extraValue) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(TrainingEvents.PROP_LEARNER_ID, c.getLearnerId());
        p.put(TrainingEvents.PROP_COURSE_CODE, c.getCourseCode());
        p.put(TrainingEvents.PROP_POLICY_KEY, c.getPolicyKey());
        if (c.getPolicyVersion() != null) {
            p.put(TrainingEvents.PROP_POLICY_VERSION, c.getPolicyVersion());
        }
        p.put(TrainingEvents.PROP_VALID_UNTIL, Instant.ofEpochMilli(c.getValidUntil()).atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (extraName != null) {
            p.put(extraName, extraValue);
        }
        return new Notice(topic, p);
    }
}
