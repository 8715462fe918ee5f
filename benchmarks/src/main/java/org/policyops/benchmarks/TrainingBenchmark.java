package org.policyops.benchmarks;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.training.internal.dto.LearnerStatus;
import org.policyops.training.internal.service.CertificationService;
import org.policyops.training.internal.service.CoverageService;
import org.policyops.training.internal.service.LearnerService;
import org.policyops.training.internal.service.PolicyVersions;
import org.policyops.training.internal.TrainingConfig;
import org.policyops.training.internal.service.TrainingSettings;
import org.policyops.training.internal.service.TrainingUnit;

/**
 * The training services on 50,000 learners (10 regions, 90 % moderators), 500 courses (50 policies × 9 courses
 * plus a train-the-trainer course each; five curricula, eleven learning paths for moderators) and 1,000,000 assessment results (20 per learner, fixed seed) with the
 * certifications their passes grant (the latest pass per learner and policy current, earlier ones superseded), and
 * 6,000 quality signals (50 policies × 10 regions × 12 months), on EclipseLink and in-memory H2 in this JVM, without
 * planning (so the current version of a policy is the highest its courses name). The data go in with JDBC batches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TrainingBenchmark {

    static final int LEARNERS = 50_000;
    static final int POLICIES = 50;
    static final int COURSES_PER_POLICY = 9;
    static final int RESULTS_PER_LEARNER = 20;
    static final long SEED = 20261122L;
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final List<String> REGIONS = List.of("EU", "UK", "US", "BR", "IN", "ID", "JP", "AU", "MENA", "APAC");
    static final String DATABASE = "training-benchmark";

    private LocalJpa jpa;
    private CoverageService coverage;
    private LearnerService learners;
    private final Random pick = new Random(SEED + 1);

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        jpa = LocalJpa.named(TrainingUnit.NAME, DATABASE, Map.of("eclipselink.persistencexml", "META-INF/training-persistence.xml"));
        jpa.txExpr(em -> em.createQuery("select count(c) from CourseEntity c").getSingleResult()); // creates the tables
        long started = System.nanoTime();
        long[] counts = fill();
        System.out.printf("%nGenerated %,d courses, %,d learners, %,d results, %,d certifications (%,d current), %,d quality "
                + "signals in %.1f s%n", counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                (System.nanoTime() - started) / 1e9);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TrainingSettings settings = new TrainingSettings(defaults());
        PolicyVersions versions = new PolicyVersions();
        CertificationService certs = new CertificationService(jpa, settings, versions, EventPosters.none(), clock);
        coverage = new CoverageService(jpa, settings, versions, certs, clock);
        learners = new LearnerService(jpa, settings, clock);
        CoverageInfo eu = coverage.coverage("policy-07", RegionCode.of("EU"), "moderator");
        List<GapInfo> gaps = coverage.gaps(50);
        System.out.printf("policy-07 in EU: %d of %d moderators certified, mean %.1f, p10 %.1f; the gap report has %d entries "
                + "(first: %s %s, severity %.3f)%n", eu.certified(), eu.inScope(), eu.meanScore(), eu.p10Score(),
                gaps.size(), gaps.get(0).policyKey(), gaps.get(0).region(), gaps.get(0).severity());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        jpa.close();
    }

    /** The coverage of one policy in one region, every role: what compliance rules and GET /coverage ask. */
    @Benchmark
    public List<CoverageInfo> coverageOfOnePolicy() {
        return coverage.coverage("policy-" + String.format("%02d", pick.nextInt(POLICIES)),
                RegionCode.of(REGIONS.get(pick.nextInt(REGIONS.size()))));
    }

    /** The coverage report of a region: every one of the 50 policies, every role (policyops:coverage EU). */
    @Benchmark
    public List<CoverageInfo> coverageReportOfARegion() {
        return coverage.coverageReport(RegionCode.of(REGIONS.get(pick.nextInt(REGIONS.size()))));
    }

    /** The ranked gap report over all 500 policy × region pairs (GET /gaps, policyops:gaps). */
    @Benchmark
    public List<GapInfo> gapReport() {
        return coverage.gaps(50);
    }

    /** One learner's status: assignments from their paths, and their certifications (GET /learners/{id}/status). */
    @Benchmark
    public LearnerStatus oneLearnersStatus() {
        return learners.status(learnerId(pick.nextInt(LEARNERS)));
    }

    static String learnerId(int i) {
        return REGIONS.get(i % REGIONS.size()) + "-" + String.format("%06d", i);
    }

    static TrainingConfig defaults() {
        return (TrainingConfig) java.lang.reflect.Proxy.newProxyInstance(TrainingConfig.class.getClassLoader(),
                new Class<?>[] { TrainingConfig.class },
                (proxy, method, args) -> method.getName().equals("annotationType") ? TrainingConfig.class : method.getDefaultValue());
    }

    /** Fills the tables with JDBC batches; returns courses, learners, results, certifications, current ones, signals. */
    private static long[] fill() throws SQLException {
        Random random = new Random(SEED);
        long now = NOW.toEpochMilli();
        long day = Duration.ofDays(1).toMillis();
        long[] counts = new long[6];
        try (Connection c = DriverManager.getConnection(LocalJpa.url(DATABASE), "sa", "")) {
            c.setAutoCommit(false);
            String[][] courses = new String[POLICIES][COURSES_PER_POLICY];
            int[][] majors = new int[POLICIES][COURSES_PER_POLICY];
            try (PreparedStatement ps = c.prepareStatement("insert into TRAINING_COURSE (ID, CODE, TITLE, MODALITY, "
                    + "DURATION_MINUTES, LOCALES, PASS_THRESHOLD, VALIDITY_DAYS, FOR_COURSE, UPDATED_AT, ROW_VERSION) "
                    + "values (?, ?, ?, ?, ?, 'en;de', 80, 365, ?, ?, 1)");
                    PreparedStatement cp = c.prepareStatement("insert into TRAINING_COURSE_POLICY (COURSE_ID, POLICY_KEY, "
                            + "POLICY_VERSION, POLICY_MAJOR) values (?, ?, ?, ?)")) {
                for (int p = 0; p < POLICIES; p++) {
                    String policy = "policy-" + String.format("%02d", p);
                    for (int k = 0; k <= COURSES_PER_POLICY; k++) {
                        boolean ttt = k == COURSES_PER_POLICY;
                        int major = ttt ? 3 : 1 + k / 3; // three courses each on majors 1, 2 and 3
                        String code = policy.toUpperCase() + "-" + (ttt ? "TTT" : "C" + k);
                        if (!ttt) {
                            courses[p][k] = code;
                            majors[p][k] = major;
                        }
                        long courseId = ++counts[0];
                        ps.setLong(1, courseId);
                        ps.setString(2, code);
                        ps.setString(3, "Course " + code);
                        ps.setString(4, ttt ? "TRAIN_THE_TRAINER" : "E_LEARNING");
                        ps.setInt(5, 60);
                        ps.setString(6, ttt ? policy.toUpperCase() + "-C6" : null);
                        ps.setLong(7, now);
                        ps.addBatch();
                        cp.setLong(1, courseId);
                        cp.setString(2, policy);
                        cp.setString(3, major + ".0.0");
                        cp.setInt(4, major);
                        cp.addBatch();
                    }
                }
                ps.executeBatch();
                cp.executeBatch();
            }
            // Five curricula of ten courses (two per policy of ten policies); moderators everywhere follow the first,
            // and each region adds one more, so a learner's status covers twenty courses.
            try (PreparedStatement cur = c.prepareStatement("insert into TRAINING_CURRICULUM (ID, CODE, TITLE, ROW_VERSION) "
                    + "values (?, ?, ?, 1)");
                    PreparedStatement cc = c.prepareStatement("insert into TRAINING_CURRICULUM_COURSE (CURRICULUM_ID, "
                            + "COURSE_CODE, COURSE_POSITION) values (?, ?, ?)");
                    PreparedStatement path = c.prepareStatement("insert into TRAINING_PATH (NAME, ROLE_NAME, REGION_CODE, "
                            + "CURRICULUM_CODE, DUE_DAYS, ROW_VERSION) values (?, 'moderator', ?, ?, 60, 1)")) {
                for (int k = 0; k < 5; k++) {
                    cur.setLong(1, k + 1);
                    cur.setString(2, "CURR-" + k);
                    cur.setString(3, "Curriculum " + k);
                    cur.addBatch();
                    for (int n = 0; n < 10; n++) {
                        cc.setLong(1, k + 1);
                        cc.setString(2, courses[k * 10 + n / 2][6 + n % 2]);
                        cc.setInt(3, n);
                        cc.addBatch();
                    }
                }
                cur.executeBatch();
                cc.executeBatch();
                for (int k = 0; k <= REGIONS.size(); k++) {
                    String region = k == REGIONS.size() ? null : REGIONS.get(k);
                    path.setString(1, region == null ? "Moderators" : "Moderators, " + region);
                    path.setString(2, region);
                    path.setString(3, region == null ? "CURR-0" : "CURR-" + (1 + k % 4));
                    path.addBatch();
                }
                path.executeBatch();
            }
            try (PreparedStatement l = c.prepareStatement("insert into TRAINING_LEARNER (LEARNER_ID, NAME, REGION_CODE, TEAM, "
                    + "LANGUAGES, JOINED_AT, ROW_VERSION) values (?, ?, ?, ?, 'en', ?, 1)");
                    PreparedStatement r = c.prepareStatement("insert into TRAINING_LEARNER_ROLE (LEARNER_ID, ROLE_NAME) values (?, ?)")) {
                for (int i = 0; i < LEARNERS; i++) {
                    String id = learnerId(i);
                    l.setString(1, id);
                    l.setString(2, "Learner " + i);
                    l.setString(3, REGIONS.get(i % REGIONS.size()));
                    l.setString(4, "Team " + (i % 40));
                    l.setLong(5, now - (30 + random.nextInt(700)) * day);
                    l.addBatch();
                    r.setString(1, id);
                    r.setString(2, random.nextInt(10) == 0 ? "qa-reviewer" : "moderator");
                    r.addBatch();
                    counts[1]++;
                    if (i % 5000 == 4999) {
                        l.executeBatch();
                        r.executeBatch();
                        c.commit();
                    }
                }
                l.executeBatch();
                r.executeBatch();
            }
            try (PreparedStatement res = c.prepareStatement("insert into TRAINING_RESULT (LEARNER_ID, COURSE_CODE, "
                    + "SCORE, PASSED, TAKEN_AT, RECORDED_BY) values (?, ?, ?, ?, ?, 'benchmark')");
                    PreparedStatement cert = c.prepareStatement("insert into TRAINING_CERTIFICATION (LEARNER_ID, COURSE_CODE, "
                            + "POLICY_KEY, POLICY_VERSION, POLICY_MAJOR, TRAIN_THE_TRAINER, SCORE, GRANTED_AT, VALID_UNTIL, STATE, "
                            + "EXPIRING_NOTIFIED, EXPIRED_NOTIFIED, ROW_VERSION) values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, false, false, 1)")) {
                for (int i = 0; i < LEARNERS; i++) {
                    String id = learnerId(i);
                    // The learner's results in time order; per policy, the last pass is the current certification.
                    List<long[]> passes = new ArrayList<>();
                    long at = now - 720 * day;
                    for (int k = 0; k < RESULTS_PER_LEARNER; k++) {
                        at += random.nextInt(36) * day + random.nextInt(86_400_000);
                        int p = random.nextInt(POLICIES);
                        int course = random.nextInt(COURSES_PER_POLICY);
                        double score = 50 + random.nextInt(51);
                        boolean passed = score >= 80;
                        res.setString(1, id);
                        res.setString(2, courses[p][course]);
                        res.setDouble(3, score);
                        res.setBoolean(4, passed);
                        res.setLong(5, at);
                        res.addBatch();
                        counts[2]++;
                        if (passed) {
                            passes.add(new long[] { p, course, (long) score, at });
                        }
                    }
                    for (int k = 0; k < passes.size(); k++) {
                        long[] pass = passes.get(k);
                        boolean later = false;
                        for (int m = k + 1; m < passes.size(); m++) {
                            later |= passes.get(m)[0] == pass[0];
                        }
                        int p = (int) pass[0];
                        int course = (int) pass[1];
                        cert.setString(1, id);
                        cert.setString(2, courses[p][course]);
                        cert.setString(3, "policy-" + String.format("%02d", p));
                        cert.setString(4, majors[p][course] + ".0.0");
                        cert.setInt(5, majors[p][course]);
                        cert.setDouble(6, pass[2]);
                        cert.setLong(7, pass[3]);
                        cert.setLong(8, pass[3] + 365 * day);
                        cert.setString(9, later ? "SUPERSEDED" : "ACTIVE");
                        cert.addBatch();
                        counts[3]++;
                        counts[4] += later ? 0 : 1;
                    }
                    if (i % 1000 == 999) {
                        res.executeBatch();
                        cert.executeBatch();
                        // Small transactions: one of 1.4 million rows makes H2 keep a huge undo log.
                        c.commit();
                    }
                }
                res.executeBatch();
                cert.executeBatch();
            }
            try (PreparedStatement q = c.prepareStatement("insert into TRAINING_QUALITY_SIGNAL (POLICY_KEY, REGION_CODE, PERIOD, "
                    + "SAMPLE_SIZE, MISSED_VIOLATIONS, WRONG_ACTIONS, ROW_VERSION) values (?, ?, ?, 1000, ?, ?, 1)")) {
                for (int p = 0; p < POLICIES; p++) {
                    for (String region : REGIONS) {
                        for (int month = 1; month <= 12; month++) {
                            q.setString(1, "policy-" + String.format("%02d", p));
                            q.setString(2, region);
                            q.setString(3, String.format("2026-%02d", month));
                            q.setInt(4, random.nextInt(90));
                            q.setInt(5, random.nextInt(60));
                            q.addBatch();
                            counts[5]++;
                        }
                    }
                }
                q.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
        }
        return counts;
    }
}
