package org.policyops.tooling.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The usage rollup's key and the numbers it is made of. A row's key packs the tool's number (16 bits), the epoch day
 * (16 bits: to the year 2149) and the user's number (31 bits) into one positive BIGINT, in that order, so that one
 * tool's days are one key range and one tool-day's users a range within it. Tool keys and user ids get their numbers
 * on first use ({@code TOOLING_TOOL_NO}, {@code TOOLING_USER_NO}); numbers never change, so the ones read from the
 * database or committed are cached for every later request.
 */
public final class UsageKeys {

    static final int TOOL_SHIFT = 47;
    static final int DAY_SHIFT = 31;
    /** The most tools that can have usage: 16 bits. */
    public static final int MAX_TOOL_NO = 0xFFFF;
    /** The last epoch day a key holds (2149-06-06). */
    public static final int MAX_DAY = 0xFFFF;
    static final int MAX_USER_NO = Integer.MAX_VALUE;
    /** A user-id lookup names at most this many ids per statement. */
    private static final int IN_LIST = 500;

    private final Map<String, Integer> tools = new ConcurrentHashMap<>();
    private final Map<String, Integer> users = new ConcurrentHashMap<>();

    /** The key of one tool, day and user. */
    public static long key(int toolNo, int day, int userNo) {
        return ((long) toolNo << TOOL_SHIFT) | ((long) day << DAY_SHIFT) | userNo;
    }

    /** The first key of the tool's day. */
    static long first(int toolNo, int day) {
        return key(toolNo, Math.max(0, day), 0);
    }

    /** The last key of the tool's day. */
    static long last(int toolNo, int day) {
        return key(toolNo, Math.min(MAX_DAY, day), MAX_USER_NO);
    }

    /** The numbers of a batch's tools and users; {@code given} are the ones this transaction gave. */
    public record Numbers(Map<String, Integer> tools, Map<String, Integer> users, Map<String, Integer> givenTools,
            Map<String, Integer> givenUsers) {
    }

    /**
     * The numbers of the tools and users, giving new ones (inserted on the transaction's connection) to those that
     * have none. Call {@link #committed} once the transaction has committed, so that the new ones are cached.
     */
    Numbers numbers(Connection c, Collection<String> toolKeys, Collection<String> userIds) throws SQLException {
        Map<String, Integer> t = new HashMap<>();
        Map<String, Integer> newTools = resolve(c, toolKeys, tools, t, "TOOLING_TOOL_NO", "TOOL_KEY", "TOOL_NO", MAX_TOOL_NO);
        Map<String, Integer> u = new HashMap<>();
        Map<String, Integer> newUsers = resolve(c, userIds, users, u, "TOOLING_USER_NO", "USER_ID", "USER_NO", MAX_USER_NO);
        return new Numbers(t, u, newTools, newUsers);
    }

    void committed(Numbers n) {
        tools.putAll(n.givenTools());
        users.putAll(n.givenUsers());
    }

    private static Map<String, Integer> resolve(Connection c, Collection<String> names, Map<String, Integer> cache,
            Map<String, Integer> into, String table, String nameColumn, String numberColumn, int max) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Integer n = cache.get(name);
            if (n != null) {
                into.put(name, n);
            } else if (!into.containsKey(name)) {
                into.put(name, null);
                missing.add(name);
            }
        }
        if (missing.isEmpty()) {
            return Map.of();
        }
        // Read what the database has (committed: safe to cache at once), in IN lists of bounded size.
        for (int from = 0; from < missing.size(); from += IN_LIST) {
            List<String> part = missing.subList(from, Math.min(missing.size(), from + IN_LIST));
            String sql = "SELECT " + nameColumn + ", " + numberColumn + " FROM " + table + " WHERE " + nameColumn + " IN ("
                    + "?,".repeat(part.size() - 1) + "?)";
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    q.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        into.put(rs.getString(1), rs.getInt(2));
                        cache.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        for (String name : missing) {
            if (into.get(name) == null) {
                given.put(name, 0);
            }
        }
        if (given.isEmpty()) {
            return Map.of();
        }
        int next;
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(" + numberColumn + "), 0) FROM " + table);
                ResultSet rs = q.executeQuery()) {
            rs.next();
            next = rs.getInt(1) + 1;
        }
        if ((long) next + given.size() - 1 > max) {
            throw new IllegalStateException(table + " is full: at most " + max + " numbers");
        }
        // A concurrent batch giving the same number or name fails on the key: the writer answers 409, send again.
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + numberColumn + ", " + nameColumn
                + ") VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> e : given.entrySet()) {
                e.setValue(next++);
                insert.setInt(1, e.getValue());
                insert.setString(2, e.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        into.putAll(given);
        return given;
    }

    /** Every tool that has a number, by number (few: at most one per tool that ever had usage). */
    static Map<Integer, String> toolNumbers(Connection c) throws SQLException {
        Map<Integer, String> out = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT TOOL_NO, TOOL_KEY FROM TOOLING_TOOL_NO ORDER BY TOOL_NO");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }
}
