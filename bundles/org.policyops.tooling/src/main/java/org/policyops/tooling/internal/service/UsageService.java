package org.policyops.tooling.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.ws.rs.core.SecurityContext;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.policyops.api.RegionCode;
import org.policyops.api.tooling.AdoptionInfo;
import org.policyops.api.tooling.ToolAdoption;
import org.policyops.api.tooling.WeeklyActive;
import org.policyops.core.csv.CsvRows;
import org.policyops.core.persistence.PersistenceSupport;
import org.policyops.core.rest.Access;
import org.policyops.core.rest.Dates;
import org.policyops.core.rest.ETags;
import org.policyops.core.rest.ProblemException;
import org.policyops.core.rest.RestSupport;
import org.policyops.core.rest.Roles;
import org.policyops.core.rest.Tagged;
import org.policyops.core.rest.Validator;
import org.policyops.tooling.internal.dto.Fields;
import org.policyops.tooling.internal.domain.TargetPopulation;
import org.policyops.tooling.internal.dto.PopulationRequest;
import org.policyops.tooling.internal.dto.PopulationView;
import org.policyops.tooling.internal.dto.UsageReport;
import org.policyops.tooling.internal.dto.UsageRow;
import org.policyops.tooling.internal.entity.PopulationEntity;
import org.policyops.tooling.internal.entity.ToolEntity;
import org.policyops.tooling.internal.entity.UserNumberEntity;
import org.policyops.tooling.internal.service.UsageWriter.Row;

/**
 * Tool usage and adoption. Usage arrives in batches of daily rows, idempotent per tool × user × day, each batch one
 * transaction: a bad row is a 400 naming it and nothing is written. Adoption is distinct active users in the last 7
 * and 28 days ÷ the target population, per tool × region, counted by the database over the daily rollup; the weekly
 * trend groups the rollup by week in SQL as well.
 */
@Component(service = { UsageService.class, ToolAdoption.class })
public class UsageService implements ToolAdoption {

    /** The most rows one batch may carry. */
    public static final int MAX_BATCH = 10_000;
    /** The most weeks a trend may span. */
    public static final int MAX_WEEKS = 156;
    /** The columns of a CSV batch, in the order the documentation shows them. */
    public static final List<String> CSV_HEADER = List.of("tool", "user", "region", "day", "actions");
    private static final long MAX_ACTIONS = 1_000_000_000L;

    /** A row's tool, user and day, to refuse a batch naming them twice. */
    private record SeenKey(String tool, String user, int day) {
    }

    private final JpaTemplate jpa;
    /** The rollup's numbers, cached across requests (they never change once committed). */
    private final UsageKeys keys = new UsageKeys();
    private final TargetPopulations populations;
    private final Clock clock;

    @Activate
    public UsageService(@Reference(target = ToolingUnit.TARGET) JpaTemplate jpa, @Reference TargetPopulations populations) {
        this(jpa, populations, Clock.systemUTC());
    }

    /** Without the training feature: populations are numbers. */
    UsageService(JpaTemplate jpa, Clock clock) {
        this(jpa, new TargetPopulations(null), clock);
    }

    public UsageService(JpaTemplate jpa, TargetPopulations populations, Clock clock) {
        this.jpa = jpa;
        this.populations = populations;
        this.clock = clock;
    }

    /** How a batch names a row in a 400: {@code rows[3]} in JSON, {@code line 5} in CSV. */
    private interface RowNames {
        String of(int row);
    }

    /** A batch of rows sent as JSON ({@code {"rows":[...]}}); fields at fault are named {@code rows[3].day}. */
    public UsageReport ingest(List<UsageRow> rows, SecurityContext caller) {
        if (rows == null || rows.isEmpty()) {
            throw ProblemException.badRequest("rows", "needs at least one usage row");
        }
        checkSize(rows.size());
        int today = today();
        Validator v = new Validator();
        List<Row> parsed = new ArrayList<>();
        Map<SeenKey, String> seen = new HashMap<>();
        Checked checked = new Checked();
        for (int i = 0; i < rows.size(); i++) {
            String at = "rows[" + i + "]";
            if (rows.get(i) == null) {
                v.reject(at, "must be a usage row");
                continue;
            }
            Row r = check(v, rows.get(i), f -> at + "." + f, today, checked);
            once(v, seen, r, at);
            parsed.add(r);
        }
        v.throwIfInvalid();
        return store(parsed, i -> "rows[" + i + "]", f -> "." + f, caller);
    }

    /**
     * A batch of rows sent as CSV: a header row naming the columns {@link #CSV_HEADER} (any order, others are ignored),
     * then one row per tool, user and day. The same rules as JSON, at most {@link #MAX_BATCH} rows; each bad row is a
     * 400 naming its line (the header is line 1) and column ({@code line 5: day}), and nothing is written.
     */
    public UsageReport ingestCsv(String text, SecurityContext caller) {
        int today = today();
        Map<SeenKey, String> seen = new HashMap<>();
        Checked checked = new Checked();
        CsvRows.Parsed<Row> parsed = CsvRows.readLines(text, CSV_HEADER, (line, row) -> {
            Validator v = new Validator();
            Long actions = v.parse("actions", RestSupport.text(row.get("actions")), UsageService::actions);
            boolean unreadable = !v.isValid(); // named once: not also as missing
            Row r = check(v, new UsageRow(row.get("tool"), row.get("user"), row.get("region"), row.get("day"),
                    unreadable ? Long.valueOf(0) : actions), f -> f, today, checked);
            once(v, seen, r, "line " + line);
            v.throwIfInvalid();
            return r;
        }, false);
        if (parsed.rows().isEmpty()) {
            throw ProblemException.badRequest("body", "has a header but no usage rows");
        }
        checkSize(parsed.rows().size());
        long[] lines = parsed.rows().stream().mapToLong(CsvRows.Row::line).toArray();
        return store(parsed.rows().stream().map(CsvRows.Row::value).toList(), i -> "line " + lines[i], f -> ": " + f, caller);
    }

    private static Long actions(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number (was '" + text + "')", e);
        }
    }

    private static void checkSize(int rows) {
        if (rows > MAX_BATCH) {
            throw ProblemException.badRequest("rows", "has " + rows + " rows; send at most " + MAX_BATCH + " per batch");
        }
    }

    private int today() {
        return (int) LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
    }

    /**
     * The tool keys, regions and days a batch has checked already, with what they parsed to: a batch repeats a few
     * of each over thousands of rows, and checking each row's anew (patterns, date parsing, field names) was 15 % of
     * ingestion (benchmarks' ToolingLoad under a profiler). A value at fault is never kept, so each row that has it is
     * named.
     */
    private static final class Checked {
        final Map<String, String> tools = new HashMap<>();
        final Map<String, String> regions = new HashMap<>();
        final Map<String, LocalDate> days = new HashMap<>();
    }

    /** Checks one row's fields, named through {@code field}; returns it parsed, or null when a field is at fault. */
    private static Row check(Validator v, UsageRow r, UnaryOperator<String> field, int today, Checked checked) {
        String tool = r.tool() == null ? null : checked.tools.get(r.tool());
        if (tool == null) {
            tool = Fields.requireKey(v, field.apply("tool"), r.tool());
            if (tool != null) {
                checked.tools.put(r.tool(), tool);
            }
        }
        String user = v.requireText(field.apply("user"), r.user(), UserNumberEntity.MAX_USER);
        String region = r.region() == null ? null : checked.regions.get(r.region());
        if (region == null) {
            region = v.parse(field.apply("region"), v.require(field.apply("region"), r.region()),
                    s -> RegionCode.of(s.trim()).value());
            if (region != null) {
                checked.regions.put(r.region(), region);
            }
        }
        LocalDate day = r.day() == null ? null : checked.days.get(r.day());
        if (day == null) {
            day = v.parse(field.apply("day"), v.require(field.apply("day"), r.day()), Dates::date);
            if (day != null) {
                checked.days.put(r.day(), day);
            }
        }
        if (day != null && day.toEpochDay() > today) {
            v.reject(field.apply("day"), "cannot be in the future (was " + day + ")");
        }
        if (r.actions() == null || r.actions() < 0 || r.actions() > MAX_ACTIONS) {
            if (v.require(field.apply("actions"), r.actions()) != null) {
                v.range(field.apply("actions"), r.actions(), 0, MAX_ACTIONS);
            }
        }
        if (tool == null || user == null || region == null || day == null || r.actions() == null) {
            return null;
        }
        return new Row(tool, user, region, (int) day.toEpochDay(), r.actions());
    }

    /** Rejects a row whose tool, user and day an earlier row of the batch had (named {@code at}). */
    private static void once(Validator v, Map<SeenKey, String> seen, Row r, String at) {
        if (r != null) {
            String earlier = seen.putIfAbsent(new SeenKey(r.tool(), r.user(), r.day()), at);
            if (earlier != null) {
                v.reject(at, "repeats the tool, user and day of " + earlier);
            }
        }
    }

    /**
     * Stores checked rows in one transaction: a tool that does not exist is a 400 naming the row ({@code names}, with
     * {@code then} joining the field), and nothing is written.
     */
    private UsageReport store(List<Row> parsed, RowNames names, UnaryOperator<String> then, SecurityContext caller) {
        Set<String> regions = new LinkedHashSet<>();
        parsed.forEach(r -> regions.add(r.region()));
        Access.requireRegions(caller, Roles.TOOLING, regions);
        UsageWriter.Result done = jpa.txExpr(TransactionType.Required, em -> {
            Set<String> known = Tools.keys(em);
            Validator unknown = new Validator();
            for (int i = 0; i < parsed.size(); i++) {
                if (!known.contains(parsed.get(i).tool())) {
                    unknown.reject(names.of(i) + then.apply("tool"), "no tool '" + parsed.get(i).tool() + "'");
                }
            }
            unknown.throwIfInvalid();
            return UsageWriter.write(em, keys, parsed);
        });
        keys.committed(done.numbers());
        UsageWriter.Counts counts = done.counts();
        return new UsageReport(parsed.size(), counts.created(), counts.updated(),
                parsed.size() - counts.created() - counts.updated());
    }

    public List<PopulationView> populations(String key) {
        TargetPopulations.Resolver resolve = populations.resolver();
        return jpa.txExpr(TransactionType.Required, em -> {
            Tools.find(em, key);
            return em.createQuery("select p from PopulationEntity p where p.toolKey = :key order by p.region", PopulationEntity.class)
                    .setParameter("key", key).getResultList().stream().map(p -> view(p, resolve)).toList();
        });
    }

    private static PopulationView view(PopulationEntity p, TargetPopulations.Resolver resolve) {
        return PopulationView.of(p.getToolKey(), p.getRegion(), p.getRole(), p.getPeople(), resolve.of(p));
    }

    /**
     * Sets a tool's target population in a region: a role (its learners there, counted by training), a number, or both.
     * If-Match as everywhere; on a region without a population yet, an If-Match other than {@code *} matches nothing
     * (412). The body may repeat the tool and region of the address.
     */
    public Tagged<PopulationView> setPopulation(String key, String region, String ifMatch, PopulationRequest body,
            SecurityContext caller) {
        Validator v = new Validator();
        String r = v.parse("region", region, s -> RegionCode.of(s.trim()).value());
        if (body.tool() != null && !body.tool().equals(key)) {
            v.reject("tool", "must be the tool of the address (" + key + ") or left out");
        }
        if (body.region() != null && r != null) {
            String sent = v.parse("region", body.region(), s -> RegionCode.of(s.trim()).value());
            if (sent != null && !sent.equals(r)) {
                v.reject("region", "must be the region of the address (" + r + ") or left out");
            }
        }
        String role = Fields.role(v, "role", body.role());
        if (RestSupport.text(body.role()) == null && body.people() == null) {
            v.reject("people", "is required without a role: send a role whose learners are meant to use the tool, "
                    + "a number of people, or both");
        }
        if (body.people() != null) {
            v.range("people", body.people(), 0, MAX_ACTIONS);
        }
        v.throwIfInvalid();
        Access.requireRegions(caller, Roles.TOOLING, List.of(r));
        TargetPopulations.Resolver resolve = populations.resolver();
        return jpa.txExpr(TransactionType.Required, em -> {
            Tools.find(em, key);
            PopulationEntity p = em.find(PopulationEntity.class, new PopulationEntity.Key(key, r));
            if (p == null) {
                if (ifMatch != null && !ifMatch.isBlank()) {
                    ETags.checkIfMatch(ifMatch, -1);
                }
                p = new PopulationEntity(key, r, role, body.people());
                em.persist(p);
                em.flush();
            } else {
                ETags.checkIfMatch(ifMatch, p.getVersion());
                p.set(role, body.people());
                PersistenceSupport.flush(em, ifMatch);
            }
            return new Tagged<>(view(p, resolve), p.getVersion());
        });
    }

    /**
     * Every tool × region with usage in the last 28 days or a target population. Active users are counted by the
     * database over the rollup; populations with a role ask training once per role.
     */
    @Override
    public List<AdoptionInfo> adoption(LocalDate asOf) {
        int end = (int) asOf.toEpochDay();
        TargetPopulations.Resolver resolve = populations.resolver();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, long[]> active = new TreeMap<>();
            count(em, end, active);
            Map<String, TargetPopulation> targets = new HashMap<>();
            for (PopulationEntity p : em.createQuery("select p from PopulationEntity p", PopulationEntity.class).getResultList()) {
                String k = p.getToolKey() + "|" + p.getRegion();
                targets.put(k, resolve.of(p));
                active.computeIfAbsent(k, x -> new long[2]);
            }
            List<AdoptionInfo> out = new ArrayList<>();
            for (Map.Entry<String, long[]> e : active.entrySet()) {
                int bar = e.getKey().indexOf('|');
                TargetPopulation t = targets.getOrDefault(e.getKey(), TargetPopulation.NONE);
                long a7 = e.getValue()[0];
                long a28 = e.getValue()[1];
                out.add(new AdoptionInfo(e.getKey().substring(0, bar), e.getKey().substring(bar + 1), t.people(), a7, a28,
                        t.share(a7), t.share(a28), t.source(), t.note()));
            }
            return out;
        });
    }

    /**
     * Distinct users with actions per tool and region in the 7 and the 28 days up to {@code end}, counted by the
     * database: one query per tool that has usage, each reading that tool's key range of the 28 days (the rollup's
     * key leads with the tool; one query over all tools would read the whole table, H2 using no key range for a join).
     */
    private static void count(EntityManager em, int end, Map<String, long[]> into) {
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement q = c.prepareStatement("SELECT REGION_CODE, COUNT(DISTINCT CASE WHEN DAY_NUMBER >= ? THEN "
                + "USER_NO END), COUNT(DISTINCT USER_NO) FROM TOOLING_DAILY_USE WHERE USE_ID BETWEEN ? AND ? AND ACTIONS > 0 "
                + "GROUP BY REGION_CODE")) {
            for (Map.Entry<Integer, String> tool : UsageKeys.toolNumbers(c).entrySet()) {
                q.setInt(1, end - 6);
                q.setLong(2, UsageKeys.first(tool.getKey(), end - 27));
                q.setLong(3, UsageKeys.last(tool.getKey(), end));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        into.put(tool.getValue() + "|" + rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not count active users: " + e.getMessage(), e);
        }
    }

    /** The tool's number in the rollup, or null when it never had usage. */
    static Integer toolNumber(EntityManager em, String toolKey) {
        List<?> found = em.createNativeQuery("SELECT TOOL_NO FROM TOOLING_TOOL_NO WHERE TOOL_KEY = ?").setParameter(1, toolKey)
                .getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).intValue();
    }

    @Override
    public Optional<List<WeeklyActive>> trend(String toolKey, String region, int weeks, LocalDate asOf) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw ProblemException.badRequest("weeks", "must be between 1 and " + MAX_WEEKS + " (was " + weeks + ")");
        }
        int end = (int) asOf.toEpochDay();
        int start = end - 7 * weeks + 1;
        TargetPopulations.Resolver resolve = populations.resolver();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (toolKey == null || em.find(ToolEntity.class, toolKey) == null) {
                return Optional.empty();
            }
            // Week buckets in SQL: integer arithmetic on the epoch day, inlined as numbers (they are ints we computed),
            // so the same GROUP BY expression stands in the select list on H2 and PostgreSQL alike.
            String bucket = "(DAY_NUMBER - " + start + ") / 7";
            Integer toolNo = toolNumber(em, toolKey);
            long[] counts = new long[weeks];
            // One key range: the tool's days in the period.
            javax.persistence.Query q = em.createNativeQuery("SELECT " + bucket + ", COUNT(DISTINCT USER_NO) FROM TOOLING_DAILY_USE "
                    + "WHERE USE_ID BETWEEN ? AND ? AND ACTIONS > 0"
                    + (region == null ? "" : " AND REGION_CODE = ?") + " GROUP BY " + bucket);
            if (toolNo != null) {
                q.setParameter(1, UsageKeys.first(toolNo, start)).setParameter(2, UsageKeys.last(toolNo, end));
                if (region != null) {
                    q.setParameter(3, region);
                }
            }
            for (Object o : toolNo == null ? List.of() : q.getResultList()) {
                Object[] row = (Object[]) o;
                int w = ((Number) row[0]).intValue();
                if (w >= 0 && w < weeks) {
                    counts[w] = ((Number) row[1]).longValue();
                }
            }
            Long target = null; // in every region: the sum of the regions' populations
            javax.persistence.TypedQuery<PopulationEntity> ofTool = em.createQuery("select p from PopulationEntity p "
                    + "where p.toolKey = :key" + (region == null ? "" : " and p.region = :region"), PopulationEntity.class)
                    .setParameter("key", toolKey);
            if (region != null) {
                ofTool.setParameter("region", region);
            }
            for (PopulationEntity p : ofTool.getResultList()) {
                Long people = resolve.of(p).people();
                if (people != null) {
                    target = (target == null ? 0 : target) + people;
                }
            }
            List<WeeklyActive> out = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                out.add(new WeeklyActive(LocalDate.ofEpochDay(start + 7L * w + 6), counts[w], share(counts[w], target)));
            }
            return Optional.of(out);
        });
    }

    private static Double share(long active, Long target) {
        return target == null || target == 0 ? null : (double) active / target;
    }
}
