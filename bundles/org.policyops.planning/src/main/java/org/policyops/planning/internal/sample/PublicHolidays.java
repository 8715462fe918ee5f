package org.policyops.planning.internal.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.policyops.planning.internal.entity.PublicHolidayEntity;

/**
 * The dated public holidays of the sample launches' regions in 2026 and 2027: EU (only the two every member state
 * keeps; each member's own are for its administrators to add), UK (England and Wales bank holidays, with the
 * substitute days), US (federal holidays, on the observed day), BR (national holidays) and IN (the three national
 * holidays). Loaded once per database with its own marker, so installations that had the sample data before get them
 * too; a record an administrator changed or deleted is left alone.
 */
final class PublicHolidays {

    private record Holiday(String region, LocalDate date, String name) {
    }

    private static Holiday h(String region, String date, String name) {
        return new Holiday(region, LocalDate.parse(date), name);
    }

    private static final List<Holiday> HOLIDAYS = List.of(
            h("EU", "2026-01-01", "New Year's Day"),
            h("EU", "2026-12-25", "Christmas Day"),
            h("UK", "2026-01-01", "New Year's Day"),
            h("UK", "2026-04-03", "Good Friday"),
            h("UK", "2026-04-06", "Easter Monday"),
            h("UK", "2026-05-04", "Early May bank holiday"),
            h("UK", "2026-05-25", "Spring bank holiday"),
            h("UK", "2026-08-31", "Summer bank holiday"),
            h("UK", "2026-12-25", "Christmas Day"),
            h("UK", "2026-12-28", "Boxing Day (substitute day)"),
            h("US", "2026-01-01", "New Year's Day"),
            h("US", "2026-01-19", "Birthday of Martin Luther King, Jr."),
            h("US", "2026-02-16", "Washington's Birthday"),
            h("US", "2026-05-25", "Memorial Day"),
            h("US", "2026-06-19", "Juneteenth National Independence Day"),
            h("US", "2026-07-03", "Independence Day (observed)"),
            h("US", "2026-09-07", "Labor Day"),
            h("US", "2026-10-12", "Columbus Day"),
            h("US", "2026-11-11", "Veterans Day"),
            h("US", "2026-11-26", "Thanksgiving Day"),
            h("US", "2026-12-25", "Christmas Day"),
            h("BR", "2026-01-01", "Confraternização Universal"),
            h("BR", "2026-04-03", "Paixão de Cristo"),
            h("BR", "2026-04-21", "Tiradentes"),
            h("BR", "2026-05-01", "Dia do Trabalho"),
            h("BR", "2026-09-07", "Independência do Brasil"),
            h("BR", "2026-10-12", "Nossa Senhora Aparecida"),
            h("BR", "2026-11-02", "Finados"),
            h("BR", "2026-11-15", "Proclamação da República"),
            h("BR", "2026-11-20", "Dia Nacional de Zumbi e da Consciência Negra"),
            h("BR", "2026-12-25", "Natal"),
            h("IN", "2026-01-26", "Republic Day"),
            h("IN", "2026-08-15", "Independence Day"),
            h("IN", "2026-10-02", "Gandhi Jayanti"),
            h("EU", "2027-01-01", "New Year's Day"),
            h("EU", "2027-12-25", "Christmas Day"),
            h("UK", "2027-01-01", "New Year's Day"),
            h("UK", "2027-03-26", "Good Friday"),
            h("UK", "2027-03-29", "Easter Monday"),
            h("UK", "2027-05-03", "Early May bank holiday"),
            h("UK", "2027-05-31", "Spring bank holiday"),
            h("UK", "2027-08-30", "Summer bank holiday"),
            h("UK", "2027-12-27", "Christmas Day (substitute day)"),
            h("UK", "2027-12-28", "Boxing Day (substitute day)"),
            h("US", "2027-01-01", "New Year's Day"),
            h("US", "2027-01-18", "Birthday of Martin Luther King, Jr."),
            h("US", "2027-02-15", "Washington's Birthday"),
            h("US", "2027-05-31", "Memorial Day"),
            h("US", "2027-06-18", "Juneteenth National Independence Day (observed)"),
            h("US", "2027-07-05", "Independence Day (observed)"),
            h("US", "2027-09-06", "Labor Day"),
            h("US", "2027-10-11", "Columbus Day"),
            h("US", "2027-11-11", "Veterans Day"),
            h("US", "2027-11-25", "Thanksgiving Day"),
            h("US", "2027-12-24", "Christmas Day (observed)"),
            h("BR", "2027-01-01", "Confraternização Universal"),
            h("BR", "2027-03-26", "Paixão de Cristo"),
            h("BR", "2027-04-21", "Tiradentes"),
            h("BR", "2027-05-01", "Dia do Trabalho"),
            h("BR", "2027-09-07", "Independência do Brasil"),
            h("BR", "2027-10-12", "Nossa Senhora Aparecida"),
            h("BR", "2027-11-02", "Finados"),
            h("BR", "2027-11-15", "Proclamação da República"),
            h("BR", "2027-11-20", "Dia Nacional de Zumbi e da Consciência Negra"),
            h("BR", "2027-12-25", "Natal"),
            h("IN", "2027-01-26", "Republic Day"),
            h("IN", "2027-08-15", "Independence Day"),
            h("IN", "2027-10-02", "Gandhi Jayanti"));

    private PublicHolidays() {
    }

    /** Adds the holidays whose region and day are free; says how many. */
    static String load(EntityManager em, Instant now) {
        int added = 0;
        for (Holiday h : HOLIDAYS) {
            boolean taken = !em.createQuery("select p.id from PublicHolidayEntity p where p.region = :r and p.date = :d",
                    Long.class).setParameter("r", h.region()).setParameter("d", h.date()).setMaxResults(1)
                    .getResultList().isEmpty();
            if (!taken) {
                PublicHolidayEntity e = new PublicHolidayEntity("sample-data", now);
                e.apply(h.region(), h.date(), h.name(), now);
                em.persist(e);
                added++;
            }
        }
        return added + " dated public holidays of EU, UK, US, BR and IN in 2026-2027";
    }

    static int size() {
        return HOLIDAYS.size();
    }
}
