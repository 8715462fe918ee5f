package org.policyops.localization.internal.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.api.localization.LocalizationCatalog;
import org.policyops.api.localization.OverdueTimeline;
import org.policyops.api.localization.RegionWeek;
import org.policyops.api.localization.TranslationStatus;
import org.policyops.localization.internal.entity.RegionEntity;
import org.policyops.localization.internal.dto.TimelineView;
import org.policyops.localization.internal.entity.TimelineEntity;

/** The services other features and plugins call: readiness of a content in a region, and what is registered. */
@Component(service = { TranslationStatus.class, LocalizationCatalog.class })
public class TranslationStatusService implements TranslationStatus, LocalizationCatalog {

    private final JpaTemplate jpa;

    @Activate
    public TranslationStatusService(@Reference(target = LocalizationUnit.TARGET) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<ContentReadiness> readiness(String contentKey, RegionCode region) {
        if (contentKey == null || region == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(Contents.findOptional(em, contentKey))
                .map(c -> Contents.readiness(em, c, region)));
    }

    @Override
    public List<String> contentKeys(String prefix, int limit) {
        int max = Math.max(0, Math.min(limit, MAX_KEYS));
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select c.contentKey from ContentEntity c where c.contentKey like :prefix escape '\\' order by c.contentKey", String.class)
                .setParameter("prefix", prefix == null || prefix.isEmpty() ? "%" : ContentService.likePrefix(prefix))
                .setMaxResults(max).getResultList());
    }

    @Override
    public List<RegionCode> regions(boolean groupsOnly) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r.id from RegionEntity r" + (groupsOnly ? " where r.kind = 'GROUP'" : "") + " order by r.id", String.class)
                .getResultList().stream().map(RegionCode::of).toList());
    }

    /**
     * Selected in the database as {@code ?overdue=true} of {@code GET /api/localization/timelines} does; ordered by the
     * earliest target date among the three milestones that are late, which the view then names.
     */
    @Override
    public List<OverdueTimeline> overdueTimelines(LocalDate asOf, int limit) {
        int max = Math.max(1, Math.min(limit, MAX_TIMELINES));
        List<TimelineEntity> late = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select t from TimelineEntity t where (t.translationDue < :d and t.translationDone is null) "
                        + "or (t.trainingDue < :d and t.trainingDone is null) "
                        + "or (t.enforcementStart < :d and t.enforcementStarted is null)", TimelineEntity.class)
                .setParameter("d", asOf).getResultList());
        return late.stream().map(t -> {
            TimelineEntity.Content c = t.content();
            List<String> which = TimelineView.overdue(c, asOf);
            LocalDate earliest = java.util.stream.Stream.of(
                    which.contains("translation") ? c.translationDue() : null,
                    which.contains("training") ? c.trainingDue() : null,
                    which.contains("enforcement") ? c.enforcementStart() : null)
                    .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(asOf);
            return new OverdueTimeline(c.policyKey(), c.policyVersion(), c.region(), which, earliest,
                    ChronoUnit.DAYS.between(earliest, asOf));
        }).sorted(java.util.Comparator.comparing(OverdueTimeline::earliestDue)
                .thenComparing(OverdueTimeline::policyKey).thenComparing(OverdueTimeline::region))
                .limit(max).toList();
    }

    /** The region's zone and week when both are set (a half-set region is reported as unknown rather than guessed). */
    @Override
    public Optional<RegionWeek> week(RegionCode region) {
        if (region == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(RegionEntity.class, region.value()))
                .filter(r -> r.getTimeZone() != null && r.getWorkingDays() != null)
                .map(r -> new RegionWeek(region, r.getTimeZone(), r.getWorkingDays())));
    }

    /** The groups containing the region, directly or through nested groups; read in one query. */
    @Override
    public Set<RegionCode> groupsOf(RegionCode region) {
        if (region == null) {
            return Set.of();
        }
        List<Object[]> pairs = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select r.id, m from RegionEntity r join r.members m where r.kind = 'GROUP'", Object[].class).getResultList());
        Set<String> found = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(region.value()));
        while (!todo.isEmpty()) {
            String member = todo.pop();
            for (Object[] pair : pairs) {
                String group = (String) pair[0];
                if (member.equals(pair[1]) && !group.equals(region.value()) && found.add(group)) {
                    todo.push(group);
                }
            }
        }
        return found.stream().map(RegionCode::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
