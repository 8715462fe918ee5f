package org.policyops.planning.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;

import org.junit.jupiter.api.Test;
import org.policyops.planning.internal.dto.Roadmap;

class RoadmapCalendarTest {

    static Map<String, VEvent> parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertEquals(RoadmapCalendar.PRODID, calendar.getProductId().getValue());
        assertEquals("2.0", calendar.getVersion().getValue());
        Map<String, VEvent> byUid = new TreeMap<>();
        for (Object c : calendar.getComponents(Component.VEVENT)) {
            VEvent e = (VEvent) c;
            byUid.put(e.getUid().getValue(), e);
        }
        return byUid;
    }

    @Test
    void oneAllDayEventPerMilestoneAndOnePerInitiativeTargetedInThePeriod() throws Exception {
        String ics = RoadmapCalendar.write(RoadmapExportFixtures.q1());
        Map<String, VEvent> events = parse(ics);
        // The coded-slurs initiative is targeted in 2026-Q4, outside the period: only its milestone is shown.
        assertEquals(List.of("initiative-2@policyops", "milestone-7@policyops", "milestone-8@policyops"),
                List.copyOf(events.keySet()));

        VEvent launch = events.get("milestone-7@policyops");
        assertEquals("20270118", launch.getStartDate().getValue());
        assertEquals(Value.DATE, launch.getStartDate().getParameter(Value.VALUE));
        assertEquals("20270119", launch.getEndDate().getValue());
        assertEquals("Update hate-speech policy for coded slurs (v3.1): Launch, \"big bang\"", launch.getSummary().getValue());
        assertTrue(launch.getDescription().getValue().startsWith("LAUNCH of \"Update hate-speech policy for coded slurs (v3.1)\""));
        assertTrue(launch.getDescription().getValue().endsWith("Line one\nLine two; with, commas"), launch.getDescription().getValue());
        assertEquals("LAUNCH", launch.getProperty(Property.CATEGORIES).getValue());
        assertEquals("20261120T101530Z", launch.getDateStamp().getValue());

        VEvent program = events.get("initiative-2@policyops");
        assertEquals("20270101", program.getStartDate().getValue());
        assertEquals("20270401", program.getEndDate().getValue());
        assertEquals("Train-the-trainer, APAC: child safety — 子供の安全 (target 2027-Q1)", program.getSummary().getValue());
        assertEquals("INITIATIVE", program.getProperty(Property.CATEGORIES).getValue());
        assertNotNull(program.getDescription());
    }

    @Test
    void isRfc5545TextWithCrlfLineEndsEscapingAndFolding() {
        String ics = RoadmapCalendar.write(RoadmapExportFixtures.q1());
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF in " + ics);
        assertTrue(ics.contains("\r\nPRODID:-//PolicyOps//Roadmap//EN\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20270118\r\n"), ics);
        String unfolded = ics.replace("\r\n ", "");
        // TEXT escapes commas, semicolons and line breaks; double quotes stay as they are (RFC 5545, 3.3.11).
        assertTrue(unfolded.contains("\r\nSUMMARY:Update hate-speech policy for coded slurs (v3.1): Launch\\, \"big bang\"\r\n"), ics);
        assertTrue(unfolded.contains("\\n\\nLine one\\nLine two\\; with\\, commas\r\n"), ics);
        // iCal4j 3 folds at 75 characters (RFC 5545 asks for 75 octets, a SHOULD; parsers unfold either way).
        for (String line : ics.split("\r\n")) {
            assertTrue(line.length() <= 75, "line longer than 75 characters: " + line);
        }
        assertTrue(ics.contains("\r\n "), "long lines are folded: " + ics);
    }

    @Test
    void theSameDataGiveTheSameCalendar() {
        assertEquals(RoadmapCalendar.write(RoadmapExportFixtures.q1()), RoadmapCalendar.write(RoadmapExportFixtures.q1()));
    }

    @Test
    void anEmptyRoadmapIsAValidEmptyCalendar() throws Exception {
        Roadmap empty = new Roadmap(2030, null, null, null, List.of(), List.of());
        assertEquals(Map.of(), parse(RoadmapCalendar.write(empty)));
    }
}
