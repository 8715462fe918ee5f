package org.policyops.tooling.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.testing.LocalJpa;
import org.policyops.tooling.internal.dto.PopulationRequest;
import org.policyops.tooling.internal.dto.UsageReport;

/**
 * A database made by earlier versions: the population's PEOPLE column NOT NULL, and the old string-keyed rollup
 * TOOLING_USAGE in either key order it had (tool·user·day first, tool·day·user later), with its covering indexes.
 * The migration makes PEOPLE nullable, moves the rows into the new rollup (a row stored since by this version wins)
 * and drops the old table; a second run finds nothing to do.
 */
class UsageSchemaTest {

    static final LocalDate TODAY = UsageServiceTest.TODAY;

    /** The same database and tools as the usage tests. */
    final UsageServiceTest base = new UsageServiceTest();
    LocalJpa jpa;
    UsageService usage;

    @BeforeEach
    void setUp() {
        base.setUp();
        jpa = base.jpa;
        usage = base.usage;
    }

    @AfterEach
    void tearDown() {
        base.tearDown();
    }

    /** The tables as an earlier version left them, with rows. */
    private void olderDatabase(String keyOrder) {
        jpa.tx(em -> {
            em.createNativeQuery("ALTER TABLE TOOLING_POPULATION ALTER COLUMN PEOPLE SET NOT NULL").executeUpdate();
            em.createNativeQuery("CREATE TABLE TOOLING_USAGE (TOOL_KEY VARCHAR(64) NOT NULL, USER_ID VARCHAR(100) NOT NULL, "
                    + "DAY_NUMBER INTEGER NOT NULL, REGION_CODE VARCHAR(16) NOT NULL, ACTIONS BIGINT NOT NULL, PRIMARY KEY ("
                    + keyOrder + "))").executeUpdate();
            em.createNativeQuery("CREATE INDEX TOOLING_USAGE_DAY_TOOL ON TOOLING_USAGE (DAY_NUMBER, TOOL_KEY, REGION_CODE, USER_ID, "
                    + "ACTIONS)").executeUpdate();
            int today = (int) TODAY.toEpochDay();
            Object[][] rows = { { "lms", "eu-1", today, "EU", 3 }, { "lms", "eu-2", today - 10, "EU", 1 },
                    { "label-qa", "eu-1", today, "EU", 2 }, { "label-qa", "us-1", today - 1, "US", 0 },
                    { "lms", "us-1", today - 2, "US", 5 } };
            for (Object[] r : rows) {
                em.createNativeQuery("INSERT INTO TOOLING_USAGE (TOOL_KEY, USER_ID, DAY_NUMBER, REGION_CODE, ACTIONS) VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, r[0]).setParameter(2, r[1]).setParameter(3, r[2]).setParameter(4, r[3]).setParameter(5, r[4])
                        .executeUpdate();
            }
        });
    }

    private AdoptionInfo adoption(String tool, String region) {
        return usage.adoption(TODAY).stream().filter(a -> a.toolKey().equals(tool) && a.region().equals(region)).findFirst()
                .orElseThrow();
    }

    @Test
    void theOldKeyOrderToolUserDayIsMigrated() {
        migratesAnOlderDatabase("TOOL_KEY, USER_ID, DAY_NUMBER");
    }

    @Test
    void theLaterKeyOrderToolDayUserIsMigrated() {
        migratesAnOlderDatabase("TOOL_KEY, DAY_NUMBER, USER_ID");
    }

    private void migratesAnOlderDatabase(String keyOrder) {
        olderDatabase(keyOrder);
        // Before: a population by role alone cannot be stored.
        assertThrows(RuntimeException.class, () -> usage.setPopulation("lms", "EU", null,
                new PopulationRequest(null, null, "moderator", null), ToolServiceTest.TOOLSMITH));
        // This version stored a row already before the migration ran: it wins over the old one.
        assertEquals(new UsageReport(1, 1, 0, 0), usage.ingest(List.of(UsageServiceTest.row("lms", "eu-1", "EU", TODAY, 9)),
                ToolServiceTest.TOOLSMITH));

        String done = jpa.txExpr(UsageSchema::migrate);
        assertEquals("TOOLING_POPULATION.PEOPLE made nullable; 4 usage rows moved from TOOLING_USAGE to TOOLING_DAILY_USE", done);
        assertEquals(0L, ((Number) jpa.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_NAME = 'TOOLING_USAGE'").getSingleResult())).longValue());

        AdoptionInfo lmsEu = adoption("lms", "EU");
        assertEquals(1, lmsEu.active7());
        assertEquals(2, lmsEu.active28());
        assertEquals(1, adoption("lms", "US").active7());
        assertTrue(usage.adoption(TODAY).stream().noneMatch(a -> a.toolKey().equals("label-qa") && a.region().equals("US")),
                "a day without actions is not activity");
        // The moved rows are the rollup's own: sent again unchanged they count as unchanged, and the newer row stayed.
        assertEquals(new UsageReport(2, 0, 1, 1), usage.ingest(List.of(UsageServiceTest.row("lms", "eu-1", "EU", TODAY, 3),
                UsageServiceTest.row("lms", "us-1", "US", TODAY.minusDays(2), 5)), ToolServiceTest.TOOLSMITH));
        usage.setPopulation("lms", "EU", null, new PopulationRequest(null, null, "moderator", null), ToolServiceTest.TOOLSMITH);

        assertEquals("nothing to migrate", jpa.txExpr(UsageSchema::migrate));
    }

    @Test
    void aNewDatabaseNeedsNothing() {
        assertEquals("nothing to migrate", jpa.txExpr(UsageSchema::migrate));
    }
}
