package org.policyops.planning.internal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.validate.ValidationException;

import org.policyops.planning.internal.domain.Quarter;
import org.policyops.planning.internal.dto.Roadmap;

/**
 * A roadmap as an RFC 5545 calendar, written with iCal4j: one all-day event per milestone, and one event spanning
 * the target quarter of each initiative targeted in the period. UIDs are stable ({@code milestone-<id>@policyops},
 * {@code initiative-<id>@policyops}), so a calendar that re-imports the export updates events instead of doubling
 * them. As the calendar has no METHOD, DTSTAMP is when the record was last changed (RFC 5545, 3.8.7.2), which also
 * makes the output the same for the same data.
 */
public final class RoadmapCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final String PRODID = "-//PolicyOps//Roadmap//EN";

    /** The category of the events that span an initiative's target quarter. */
    static final String INITIATIVE_CATEGORY = "INITIATIVE";

    private RoadmapCalendar() {
    }

    public static String milestoneUid(long id) {
        return "milestone-" + id + "@policyops";
    }

    public static String initiativeUid(long id) {
        return "initiative-" + id + "@policyops";
    }

    public static String write(Roadmap roadmap) {
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId(PRODID));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        List<Quarter> quarters = new ArrayList<>();
        for (Roadmap.QuarterGroup g : roadmap.quarters()) {
            quarters.add(Quarter.parse(g.quarter()));
        }
        for (Roadmap.Item i : roadmap.initiatives()) {
            Quarter target = Quarter.parse(i.targetQuarter());
            if (quarters.contains(target)) {
                calendar.getComponents().add(event(initiativeUid(i.id()), i.updatedAt(), target.firstDay(),
                        target.lastDay().plusDays(1), i.title() + " (target " + target + ")", describe(i),
                        INITIATIVE_CATEGORY));
            }
            for (Roadmap.Milestone m : i.milestones()) {
                String description = m.kind() + " of \"" + i.title() + "\" (initiative " + i.id() + ", target "
                        + i.targetQuarter() + ")" + (m.note() == null ? "" : "\n\n" + m.note());
                calendar.getComponents().add(event(milestoneUid(m.id()), m.updatedAt(), m.date(), m.date().plusDays(1),
                        i.title() + ": " + m.title(), description, m.kind().name()));
            }
        }
        StringWriter out = new StringWriter();
        try {
            // Validates as it writes: a calendar that breaks RFC 5545 fails here rather than in someone's client.
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The roadmap calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String describe(Roadmap.Item i) {
        StringBuilder s = new StringBuilder("Status ").append(i.status()).append("; regions ")
                .append(String.join(", ", i.regions()));
        if (!i.linesOfBusiness().isEmpty()) {
            s.append("; lines of business ").append(String.join(", ", i.linesOfBusiness()));
        }
        if (i.owningTeam() != null) {
            s.append("; owned by ").append(i.owningTeam());
        }
        return s.append('.').toString();
    }

    /** An all-day event from {@code start} up to, not including, {@code endExclusive}. */
    private static VEvent event(String uid, Instant stamp, LocalDate start, LocalDate endExclusive, String summary,
            String description, String category) {
        VEvent event = new VEvent(false);
        DateTime dtstamp = new DateTime(stamp.toEpochMilli());
        dtstamp.setUtc(true);
        event.getProperties().add(new Uid(uid));
        event.getProperties().add(new DtStamp(dtstamp));
        event.getProperties().add(new DtStart(date(start)));
        event.getProperties().add(new DtEnd(date(endExclusive)));
        event.getProperties().add(new Summary(summary));
        event.getProperties().add(new Description(description));
        event.getProperties().add(new Categories(category));
        return event;
    }

    private static Date date(LocalDate day) {
        try {
            return new Date(day.format(DateTimeFormatter.BASIC_ISO_DATE));
        } catch (ParseException e) {
            throw new IllegalArgumentException(day + " cannot be written as an iCalendar date", e);
        }
    }
}
