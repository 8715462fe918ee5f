package org.policyops.localization.internal.entity;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Collections;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A region: an ISO 3166-1 country or a named group of countries (EU, EMEA, APAC, MENA), with the locales content
 * must be available in there. A group's required locales are its own list (the EU's 24 official languages), not
 * derived from its members at query time, so an administrator can state what a regulator actually demands.
 */
@Entity
@Table(name = "L10N_REGION")
public class RegionEntity {

    public static final int MAX_NAME = 200;
    /** A group's members: every country of the world fits. */
    public static final int MAX_MEMBERS = 300;
    /** The locales a region requires. */
    public static final int MAX_LOCALES = 100;

    @Id
    @Column(name = "CODE", length = 16)
    /** Named id so that paged queries can order by it last. */
    private String id;

    @Column(name = "NAME", length = MAX_NAME, nullable = false)
    private String name;

    /** COUNTRY or GROUP. */
    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "L10N_REGION_MEMBER", joinColumns = @JoinColumn(name = "REGION_CODE"))
    @OrderColumn(name = "MEMBER_POSITION")
    @Column(name = "MEMBER_CODE", length = 16, nullable = false)
    private List<String> members = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "L10N_REGION_LOCALE", joinColumns = @JoinColumn(name = "REGION_CODE"))
    @OrderColumn(name = "LOCALE_POSITION")
    @Column(name = "LOCALE_TAG", length = 35, nullable = false)
    private List<String> requiredLocales = new ArrayList<>();

    /** The IANA time zone its teams and deadlines keep (a country spanning several: the capital's); null: not set. */
    @Column(name = "TIME_ZONE", length = 64)
    private String timeZone;

    /** The working week as comma-separated day names (MONDAY,TUESDAY,...), in week order; null: not set. */
    @Column(name = "WORKING_DAYS", length = 80)
    private String workingDays;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long version;

    protected RegionEntity() {
        // for JPA
    }

    public RegionEntity(String code) {
        this.id = code;
    }

    /** Replaces the editable fields; the values are validated and normalised already. */
    public void apply(String name, String kind, List<String> members, List<String> requiredLocales) {
        this.name = name;
        this.kind = kind;
        this.members.clear();
        this.members.addAll(members);
        this.requiredLocales.clear();
        this.requiredLocales.addAll(requiredLocales);
    }

    /** Sets the zone and working week; a null leaves that value as it is. */
    public void applyWeek(ZoneId zone, Set<DayOfWeek> days) {
        if (zone != null) {
            this.timeZone = zone.getId();
        }
        if (days != null && !days.isEmpty()) {
            this.workingDays = EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        }
    }

    /** The zone, or null when not set. */
    public ZoneId getTimeZone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    /** The working days in week order, or null when not set. */
    public Set<DayOfWeek> getWorkingDays() {
        if (workingDays == null || workingDays.isBlank()) {
            return null;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : workingDays.split(",")) {
            days.add(DayOfWeek.valueOf(d.trim()));
        }
        return Collections.unmodifiableSet(days);
    }

    public String getCode() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public List<String> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public List<String> getRequiredLocales() {
        return Collections.unmodifiableList(requiredLocales);
    }

    public long getVersion() {
        return version;
    }
}
