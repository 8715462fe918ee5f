package org.policyops.tooling.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

/**
 * Brings a database made by an earlier version of the tooling feature to this one; EclipseLink's
 * {@code create-or-extend-tables} adds tables and columns but changes none. What it finds and fixes:
 * <ul>
 * <li>{@code TOOLING_POPULATION.PEOPLE} declared NOT NULL (before a population could be a role alone): made
 * nullable, or setting a role-only population fails;</li>
 * <li>the old rollup {@code TOOLING_USAGE} (string key tool·user·day or tool·day·user, with covering indexes): its rows
 * are copied into {@code TOOLING_DAILY_USE} with numbers for its tools and users (rows stored since by the new
 * version win), then it is dropped.</li>
 * </ul>
 * Standard SQL and INFORMATION_SCHEMA, for H2 and PostgreSQL (which folds unquoted names to lower case). Runs once
 * per database, first of the loader's steps, in one transaction: a failure leaves the old tables as they were.
 */
public final class UsageSchema {

    private static final String LEGACY = "TOOLING_USAGE";

    private UsageSchema() {
    }

    /** @return what was changed, in words, for the log */
    public static String migrate(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        List<String> done = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            if ("NO".equalsIgnoreCase(nullable(c, "TOOLING_POPULATION", "PEOPLE"))) {
                s.executeUpdate("ALTER TABLE TOOLING_POPULATION ALTER COLUMN PEOPLE DROP NOT NULL");
                done.add("TOOLING_POPULATION.PEOPLE made nullable");
            }
            if (exists(c, LEGACY)) {
                s.executeUpdate("INSERT INTO TOOLING_TOOL_NO (TOOL_NO, TOOL_KEY) SELECT (SELECT COALESCE(MAX(TOOL_NO), 0) FROM "
                        + "TOOLING_TOOL_NO) + ROW_NUMBER() OVER (ORDER BY K), K FROM (SELECT DISTINCT TOOL_KEY AS K FROM " + LEGACY
                        + " WHERE TOOL_KEY NOT IN (SELECT TOOL_KEY FROM TOOLING_TOOL_NO)) N");
                s.executeUpdate("INSERT INTO TOOLING_USER_NO (USER_NO, USER_ID) SELECT (SELECT COALESCE(MAX(USER_NO), 0) FROM "
                        + "TOOLING_USER_NO) + ROW_NUMBER() OVER (ORDER BY K), K FROM (SELECT DISTINCT USER_ID AS K FROM " + LEGACY
                        + " WHERE USER_ID NOT IN (SELECT USER_ID FROM TOOLING_USER_NO)) N");
                String key = "T.TOOL_NO * " + (1L << UsageKeys.TOOL_SHIFT) + " + CAST(U.DAY_NUMBER AS BIGINT) * "
                        + (1L << UsageKeys.DAY_SHIFT) + " + N.USER_NO";
                int copied = s.executeUpdate("INSERT INTO TOOLING_DAILY_USE (USE_ID, TOOL_NO, DAY_NUMBER, USER_NO, REGION_CODE, "
                        + "ACTIONS) SELECT " + key + ", T.TOOL_NO, U.DAY_NUMBER, N.USER_NO, U.REGION_CODE, U.ACTIONS FROM " + LEGACY
                        + " U JOIN TOOLING_TOOL_NO T ON T.TOOL_KEY = U.TOOL_KEY JOIN TOOLING_USER_NO N ON N.USER_ID = U.USER_ID "
                        + "WHERE NOT EXISTS (SELECT 1 FROM TOOLING_DAILY_USE D WHERE D.USE_ID = " + key + ")");
                s.executeUpdate("DROP TABLE " + LEGACY);
                done.add(copied + " usage rows moved from " + LEGACY + " to TOOLING_DAILY_USE");
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not migrate the tooling schema: " + e.getMessage(), e);
        }
        return done.isEmpty() ? "nothing to migrate" : String.join("; ", done);
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ? "
                + "AND UPPER(TABLE_SCHEMA) = UPPER(CURRENT_SCHEMA)")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /** The column's IS_NULLABLE ("YES" or "NO"), or null when there is no such column. */
    private static String nullable(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = ? "
                + "AND UPPER(COLUMN_NAME) = ? AND UPPER(TABLE_SCHEMA) = UPPER(CURRENT_SCHEMA)")) {
            q.setString(1, table);
            q.setString(2, column);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
