package org.policyops.training.internal.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.training.TrainingEvents;
import org.policyops.training.internal.entity.CertificationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the training domain's certification events, asynchronously, after the change they describe is committed.
 * Callers collect {@link Notice}s inside the transaction and post them once it returned. Event Admin is optional.
 */
@Component(service = TrainingEventPoster.class)
public class TrainingEventPoster {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingEventPoster.class);

    /** An event to post once the transaction that caused it has committed. */
    public record Notice(String topic, Map<String, Object> properties) {
    }

    private volatile EventAdmin eventAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    /** The properties every certification event carries; {@code extra} adds daysLeft or reason. */
    public static Notice notice(String topic, CertificationEntity c, String extraName, Object extraValue) {
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

    public void post(Iterable<Notice> notices) {
        EventAdmin admin = eventAdmin;
        for (Notice n : notices) {
            if (admin == null) {
                LOG.debug("No Event Admin; not posting {} {}", n.topic(), n.properties());
                continue;
            }
            try {
                admin.postEvent(new Event(n.topic(), n.properties()));
            } catch (RuntimeException e) {
                // The change is committed already; a broken event bus must not turn the request into an error.
                LOG.warn("Could not post {} {}: {}", n.topic(), n.properties(), e.toString());
            }
        }
    }
}
