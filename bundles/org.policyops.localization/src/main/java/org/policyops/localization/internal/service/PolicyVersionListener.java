package org.policyops.localization.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.policyops.api.SemanticVersion;
import org.policyops.api.planning.PlanningEvents;
import org.policyops.core.events.EventPoster;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.service.LocalizationNotices.SourceChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows planning's policy versions, when planning is installed (only its events are used, so localization works
 * without it). When a policy gets a version newer than the one a content's source belongs to, the content moves to
 * that version: its revision changes, so translations of the old source are stale, and the content says why
 * ("policy hate-speech 3.2.0 was created in planning"). The owner then updates the source text for the new version
 * and translators redo their work from it. Both CREATED and STAGE_CHANGED are followed, so a version created
 * while localization was not installed is still noticed when it moves on.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=" + PlanningEvents.POLICY_VERSION_CREATED,
        EventConstants.EVENT_TOPIC + "=" + PlanningEvents.POLICY_VERSION_STAGE_CHANGED })
public class PolicyVersionListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyVersionListener.class);

    private final JpaTemplate jpa;
    private final EventPoster events;
    private final Clock clock;

    @Activate
    public PolicyVersionListener(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa,
            @Reference EventPoster events) {
        this(jpa, events, Clock.systemUTC());
    }

    PolicyVersionListener(JpaTemplate jpa, EventPoster events, Clock clock) {
        this.jpa = jpa;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handleEvent(Event event) {
        Object key = event.getProperty(PlanningEvents.PROP_POLICY_KEY);
        Object version = event.getProperty(PlanningEvents.PROP_VERSION);
        if (!(key instanceof String policyKey) || !(version instanceof String v)) {
            return;
        }
        SemanticVersion newVersion;
        try {
            newVersion = SemanticVersion.parse(v);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring {} with an unreadable version '{}'", event.getTopic(), v);
            return;
        }
        String how = event.getTopic().equals(PlanningEvents.POLICY_VERSION_CREATED) ? "was created"
                : "moved to " + event.getProperty(PlanningEvents.PROP_STAGE);
        try {
            versionSeen(policyKey, newVersion, how).forEach(c -> events.post(LocalizationNotices.sourceChanged(c)));
        } catch (RuntimeException e) {
            LOG.error("Could not mark the contents of policy {} changed for its version {}", policyKey, newVersion, e);
        }
    }

    /** Moves the policy's contents of older versions to this one, in one transaction; returns what changed. */
    List<SourceChange> versionSeen(String policyKey, SemanticVersion version, String how) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = PersistenceSupport.now(clock);
            List<SourceChange> changes = new ArrayList<>();
            for (ContentEntity c : em.createQuery("select c from ContentEntity c where c.policyKey = :key", ContentEntity.class)
                    .setParameter("key", policyKey).getResultList()) {
                if (!isOlder(c.getPolicyVersion(), version)) {
                    continue;
                }
                String reason = "policy " + policyKey + " version " + version + " " + how + " in planning; the source belongs to "
                        + (c.getPolicyVersion() == null ? "no version" : "version " + c.getPolicyVersion())
                        + ": translations made so far are stale until they are redone from the current revision";
                if (c.changeSource(c.getSourceLocale(), c.getSourceText(), policyKey, version.toString(), reason, now)) {
                    em.flush();
                    changes.add(new SourceChange(c.getContentKey(), c.getSourceRevision(), c.getPreviousRevision(),
                            Contents.staleLocales(em, c), now));
                }
            }
            return changes;
        });
    }

    static boolean isOlder(String contentVersion, SemanticVersion version) {
        if (contentVersion == null) {
            return true;
        }
        try {
            return SemanticVersion.parse(contentVersion).compareTo(version) < 0;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
