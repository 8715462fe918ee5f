package org.policyops.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\";\"x\")", CsvCells.safe("=HYPERLINK(\"http://x\";\"x\")"));
        assertEquals("'+cmd|' /C calc'!A0", CsvCells.safe("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvCells.safe("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.safe("\tx"));
        assertEquals("'\rx", CsvCells.safe("\rx"));
        assertEquals("Amara Okafor", CsvCells.safe("Amara Okafor"));
        assertEquals("", CsvCells.safe(""));
        assertNull(CsvCells.safe(null));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertEquals("id,name", CsvCells.withoutByteOrderMark("\uFEFFid,name"));
        assertEquals("id,name", CsvCells.withoutByteOrderMark("id,name"));
    }
}
