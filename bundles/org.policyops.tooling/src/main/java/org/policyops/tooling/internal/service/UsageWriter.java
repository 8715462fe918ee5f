package org.policyops.tooling.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.policyops.core.rest.ProblemException;

/**
 * Writes checked usage rows into the daily rollup ({@code TOOLING_DAILY_USE}) with JDBC batches, on the connection of
 * the request's transaction, in key order. What costs time on the embedded database, measured with benchmarks'
 * ToolingLoad and a plain JDBC variant of it (docs/tooling.md): each index a row goes into (the string key
 * tool·day·user and two covering indexes made four B-tree inserts a row; one BIGINT key, which H2 keeps as the
 * table's row key, makes one), and the order rows arrive in (sorted by key, a batch touches each page once:
 * about twice as fast again). EclipseLink's per-entity work cost more than both before (under 2,000 rows/s). The
 * SQL is standard, for H2 and PostgreSQL alike.
 */
public final class UsageWriter {

    /** One checked row: tool, user, region, epoch day, actions. */
    public record Row(String tool, String user, String region, int day, long actions) {
    }

    /** Rows created and updated (the rest were stored already as sent). */
    public record Counts(int created, int updated) {
    }

    /** What was written, and the numbers to cache once the transaction has committed. */
    public record Result(Counts counts, UsageKeys.Numbers numbers) {
    }

    private record Keyed(long key, int toolNo, int userNo, Row row) {
    }

    private record Stored(String region, long actions) {
    }

    private static final int JDBC_BATCH = 1_000;
    /** SQLSTATE of a unique-key violation (H2 and PostgreSQL). */
    private static final String DUPLICATE_KEY = "23505";

    private UsageWriter() {
    }

    public static Result write(EntityManager em, UsageKeys keys, List<Row> rows) {
        Connection c = em.unwrap(Connection.class);
        try {
            Set<String> tools = new LinkedHashSet<>();
            Set<String> users = new LinkedHashSet<>();
            for (Row r : rows) {
                tools.add(r.tool());
                users.add(r.user());
            }
            UsageKeys.Numbers numbers = keys.numbers(c, tools, users);
            List<Keyed> keyed = new ArrayList<>(rows.size());
            for (Row r : rows) {
                int t = numbers.tools().get(r.tool());
                int u = numbers.users().get(r.user());
                keyed.add(new Keyed(UsageKeys.key(t, r.day(), u), t, u, r));
            }
            keyed.sort((a, b) -> Long.compare(a.key(), b.key()));
            Map<Long, Stored> stored = stored(c, keyed, numbers);
            int created = 0;
            int updated = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO TOOLING_DAILY_USE (USE_ID, TOOL_NO, DAY_NUMBER, "
                    + "USER_NO, REGION_CODE, ACTIONS) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement update = c.prepareStatement("UPDATE TOOLING_DAILY_USE SET REGION_CODE = ?, ACTIONS = ? "
                            + "WHERE USE_ID = ?")) {
                for (Keyed k : keyed) {
                    Row r = k.row();
                    Stored s = stored.get(k.key());
                    if (s == null) {
                        insert.setLong(1, k.key());
                        insert.setInt(2, k.toolNo());
                        insert.setInt(3, r.day());
                        insert.setInt(4, k.userNo());
                        insert.setString(5, r.region());
                        insert.setLong(6, r.actions());
                        insert.addBatch();
                        if (++created % JDBC_BATCH == 0) {
                            insert.executeBatch();
                        }
                    } else if (!s.region().equals(r.region()) || s.actions() != r.actions()) {
                        update.setString(1, r.region());
                        update.setLong(2, r.actions());
                        update.setLong(3, k.key());
                        update.addBatch();
                        if (++updated % JDBC_BATCH == 0) {
                            update.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
            return new Result(new Counts(created, updated), numbers);
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState()) || e.getNextException() != null
                    && DUPLICATE_KEY.equals(e.getNextException().getSQLState())) {
                throw ProblemException.conflict("Another batch stored some of these rows at the same moment, so nothing of "
                        + "this one was written; send it again (a batch sent twice counts once).");
            }
            throw new PersistenceException("could not store usage rows: " + e.getMessage(), e);
        }
    }

    /**
     * What is stored for the batch's keys: per tool, one key-range query over the batch's days of that tool (tools
     * numbered by this very batch have nothing stored).
     */
    private static Map<Long, Stored> stored(Connection c, List<Keyed> keyed, UsageKeys.Numbers numbers) throws SQLException {
        Map<Integer, int[]> days = new HashMap<>();
        for (Keyed k : keyed) {
            int[] span = days.computeIfAbsent(k.toolNo(), x -> new int[] { Integer.MAX_VALUE, Integer.MIN_VALUE });
            span[0] = Math.min(span[0], k.row().day());
            span[1] = Math.max(span[1], k.row().day());
        }
        numbers.givenTools().values().forEach(days::remove);
        Map<Long, Stored> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT USE_ID, REGION_CODE, ACTIONS FROM TOOLING_DAILY_USE "
                + "WHERE USE_ID BETWEEN ? AND ?")) {
            for (Map.Entry<Integer, int[]> e : days.entrySet()) {
                q.setLong(1, UsageKeys.first(e.getKey(), e.getValue()[0]));
                q.setLong(2, UsageKeys.last(e.getKey(), e.getValue()[1]));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Stored(rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
        return out;
    }
}
