package org.policyops.training.internal.service;

import org.policyops.core.events.EventPoster;
import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;
import org.policyops.testing.MovableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.api.training.TrainingEvents;
import org.policyops.core.csv.CsvRows;
import org.policyops.core.rest.ProblemException;
import org.policyops.training.internal.dto.CertificationView;
import org.policyops.training.internal.dto.CourseRequest;
import org.policyops.training.internal.dto.CourseView;
import org.policyops.training.internal.dto.CurriculumRequest;
import org.policyops.training.internal.dto.ImportReport;
import org.policyops.training.internal.dto.LearnerStatus;
import org.policyops.training.internal.dto.PathRequest;
import org.policyops.training.internal.dto.QualitySignalRequest;
import org.policyops.training.internal.dto.ResultRequest;
import org.policyops.training.internal.dto.ResultView;
import org.policyops.training.internal.dto.SessionRequest;

/** The training services on EclipseLink and H2: the queries as the database runs them, one transaction per call. */
class TrainingServicesTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final List<Event> events = new ArrayList<>();
    private LocalJpa jpa;
    private CourseService courses;
    private CurriculumService curricula;
    private PathService paths;
    private LearnerService learners;
    private CertificationService certs;
    private CoverageService coverage;
    private SessionService sessions;
    private QualityService quality;

    @BeforeEach
    void setUp() {
        jpa = LocalJpa.create(TrainingUnit.NAME, TrainingTests.PERSISTENCE_XML);
        TrainingSettings settings = new TrainingSettings(TrainingTests.config(Map.of()));
        EventPoster poster = EventPosters.to(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        });
        PolicyVersions versions = new PolicyVersions();
        courses = new CourseService(jpa, clock);
        curricula = new CurriculumService(jpa);
        paths = new PathService(jpa);
        learners = new LearnerService(jpa, settings, clock);
        certs = new CertificationService(jpa, settings, versions, poster, clock);
        coverage = new CoverageService(jpa, settings, versions, certs, clock);
        sessions = new SessionService(jpa, clock);
        quality = new QualityService(jpa);
        courses.create(new CourseRequest("HS-300", "Hate speech 3.0", null, "hate-speech", "3.0.0", "blended", 240,
                List.of("en", "de"), 80.0, 365, null));
        courses.create(new CourseRequest("HS-300-TTT", "Train-the-trainer: hate speech 3.0", null, "hate-speech", "3.0.0",
                "TRAIN_THE_TRAINER", 480, List.of("en"), 85.0, 730, "HS-300"));
        courses.create(new CourseRequest("CS-400", "Child safety 4.0", null, "child-safety", "4.0.0", "INSTRUCTOR_LED",
                360, null, null, 180, null));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private void importLearners(String csv) {
        learners.importCsv(csv, false, null);
    }

    private ResultView result(String learner, String course, double score) {
        return certs.record(new ResultRequest(learner, course, score, null), null);
    }

    private List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    @Test
    void csvImportRefusesAFileWithBadRowsNamingTheirLinesAndImportsNothing() {
        String csv = "id,name,region,roles,languages,team\n"
                + "EU-1,Amara Achterberg,EU,moderator,en;de,Ops EMEA\n"
                + "EU-2,,EU,moderator,en,Ops EMEA\n"
                + "EU-3,Bastian Brandão,EUROPE!!,moderator,en,Ops EMEA\n"
                + "EU-1,Chiara Castellanos,EU,moderator,en,Ops EMEA\n";
        ProblemException e = assertThrows(ProblemException.class, () -> learners.importCsv(csv, false, null));
        assertEquals(400, e.status());
        assertEquals(List.of(3L, 4L, 5L), e.extensions().get("badLines"));
        assertEquals(List.of("line 3: name", "line 4: region", "line 5: id"),
                e.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, learners.list(null, null, null, null, page()).total());

        ImportReport skipped = learners.importCsv(csv, true, null);
        assertEquals(1, skipped.created());
        assertEquals(List.of(3L, 4L, 5L), skipped.skipped().stream().map(CsvRows.BadRow::line).toList());
    }

    @Test
    void theLearnersOfARoleAreCountedPerRegion() {
        importLearners("id,name,region,roles\n"
                + "EU-1,Amara Achterberg,EU,moderator;qa-reviewer\n"
                + "EU-2,Bastian Brandão,EU,moderator\n"
                + "EU-3,Chiara Castellanos,EU,trainer\n"
                + "BR-1,Mateus Pereira,BR,Moderator\n");
        assertEquals(Map.of("EU", 2L, "BR", 1L), learners.learnersByRegion("moderator"));
        assertEquals(Map.of("EU", 1L), learners.learnersByRegion(" QA-Reviewer "));
        assertEquals(Map.of(), learners.learnersByRegion("translator"));
        assertEquals(Map.of(), learners.learnersByRegion(null));
    }

    @Test
    void csvImportIsIdempotentByLearnerIdAndRoundTripsThroughTheExport() {
        String csv = "id,name,region,roles,languages,team\n"
                + "EU-1,Amara Achterberg,EU,moderator;qa-reviewer,en;de,Ops EMEA\n"
                + "BR-1,\"Mateus Pereira, Jr.\",BR,moderator,pt-BR,Ops Americas\n";
        ImportReport first = learners.importCsv(csv, false, null);
        assertEquals(2, first.created());
        String exported = learners.exportCsv();
        assertTrue(exported.contains("EU-1,Amara Achterberg,EU,moderator;qa-reviewer,en;de,Ops EMEA\r\n"), exported);
        assertTrue(exported.contains("BR-1,\"Mateus Pereira, Jr.\",BR,moderator,pt-BR,Ops Americas"), exported);
        ImportReport again = learners.importCsv(exported, false, null);
        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(exported, learners.exportCsv());
        ImportReport changed = learners.importCsv(csv.replace("Ops Americas", "Ops LATAM"), false, null);
        assertEquals(1, changed.updated());
    }

    @Test
    void aPassGrantsACertificationAndALaterPassSupersedesIt() {
        importLearners("id,name,region,roles\nEU-1,Amara Achterberg,EU,moderator\n");
        ResultView fail = result("EU-1", "HS-300", 75);
        assertEquals(List.of(), fail.certifications());
        ResultView pass = result("EU-1", "HS-300", 88);
        assertEquals(1, pass.certifications().size());
        CertificationView granted = pass.certifications().get(0);
        assertEquals("VALID", granted.status());
        assertEquals("3.0.0", granted.policyVersion());
        assertEquals(granted.grantedAt().plus(Duration.ofDays(365)), granted.validUntil());
        result("EU-1", "HS-300", 93);
        assertEquals(List.of("SUPERSEDED", "VALID"), certs.ofLearner("EU-1").orElseThrow().stream()
                .map(c -> c.status()).sorted().toList());
        assertEquals(List.of(TrainingEvents.CERTIFICATION_GRANTED, TrainingEvents.CERTIFICATION_GRANTED), topics());
    }

    @Test
    void aScoreUnderTheProficiencyThresholdRequiresRecertification() {
        importLearners("id,name,region,roles\nEU-1,Amara Achterberg,EU,moderator\n");
        result("EU-1", "HS-300", 90);
        events.clear();
        result("EU-1", "HS-300", 72); // fails the course, but is above the proficiency threshold of 70
        assertEquals(List.of(), topics());
        result("EU-1", "HS-300", 61);
        assertEquals(List.of(TrainingEvents.RECERTIFICATION_REQUIRED), topics());
        assertEquals("Proficiency 61.0 on HS-300 is below the threshold of 70.0.",
                events.get(0).getProperty(TrainingEvents.PROP_REASON));
        assertEquals("RECERTIFICATION_REQUIRED", certs.ofLearner("EU-1").orElseThrow().get(0).status());
    }

    @Test
    void aNewMajorVersionInEnforcementRequiresRecertificationOfOlderMajorsOnly() {
        importLearners("id,name,region,roles\nEU-1,A B,EU,moderator\nEU-2,C D,EU,moderator\n");
        result("EU-1", "HS-300", 90);
        result("EU-2", "CS-400", 90);
        events.clear();
        assertEquals(1, certs.majorVersionEnforced("hate-speech", "4.0.0", 4));
        assertEquals(List.of(TrainingEvents.RECERTIFICATION_REQUIRED), topics());
        assertEquals("EU-1", events.get(0).getProperty(TrainingEvents.PROP_LEARNER_ID));
        assertEquals("RECERTIFICATION_REQUIRED", certs.ofLearner("EU-1").orElseThrow().get(0).status());
        assertEquals("VALID", certs.ofLearner("EU-2").orElseThrow().get(0).status());
        assertEquals(0, certs.majorVersionEnforced("hate-speech", "4.0.0", 4), "nothing left to withdraw");
    }

    @Test
    void expiryEventsGoOutOnceBeforeAndAtTheEnd() {
        importLearners("id,name,region,roles\nEU-1,A B,EU,moderator\n");
        result("EU-1", "CS-400", 90); // valid 180 days
        events.clear();
        assertEquals(0, certs.checkExpiry());
        clock.advance(Duration.ofDays(151));
        assertEquals(1, certs.checkExpiry());
        assertEquals(List.of(TrainingEvents.CERTIFICATION_EXPIRING), topics());
        assertEquals(29L, events.get(0).getProperty(TrainingEvents.PROP_DAYS_LEFT));
        assertEquals(0, certs.checkExpiry());
        clock.advance(Duration.ofDays(29));
        assertEquals(1, certs.checkExpiry());
        assertEquals(TrainingEvents.CERTIFICATION_EXPIRED, topics().get(1));
        assertEquals(0, certs.checkExpiry());
        assertEquals("EXPIRED", certs.ofLearner("EU-1").orElseThrow().get(0).status());
    }

    @Test
    void aTrainerNeedsAValidTrainTheTrainerCertificationForTheCourse() {
        importLearners("id,name,region,roles\nEU-T1,A B,EU,trainer\n");
        SessionRequest session = new SessionRequest("HS-300", "EU-T1", "2026-12-01T09:00:00Z", 240, "de", 12);
        ProblemException refused = assertThrows(ProblemException.class, () -> sessions.create(session));
        assertEquals(409, refused.status());
        result("EU-T1", "HS-300-TTT", 90);
        assertEquals("EU-T1", sessions.create(session).body().trainer());
        ProblemException otherCourse = assertThrows(ProblemException.class, () -> sessions.create(
                new SessionRequest("CS-400", "EU-T1", "2026-12-01T09:00:00Z", 240, "de", 12)));
        assertEquals(409, otherCourse.status());
    }

    /**
     * Ten EU moderators, nine of them passing HS-300 (scores 81 … 97, mean 90.111), a DE moderator (99) and an EU QA
     * reviewer (82) passing it too.
     */
    private void tenEuModeratorsNineCertified() {
        StringBuilder csv = new StringBuilder("id,name,region,roles\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("EU-").append(i).append(",Person ").append(i).append(",EU,moderator\n");
        }
        csv.append("DE-1,Person 11,DE,moderator\nEU-Q,Person 12,EU,qa-reviewer\n");
        importLearners(csv.toString());
        double[] scores = { 81, 99, 85, 90, 95, 88, 92, 84, 97 };
        for (int i = 0; i < scores.length; i++) {
            result("EU-" + (i + 1), "HS-300", scores[i]);
        }
        result("DE-1", "HS-300", 99);
        result("EU-Q", "HS-300", 82);
    }

    @Test
    void coverageCountsValidCertificationsOnTheCurrentVersionOfTheRegionsExactly() {
        tenEuModeratorsNineCertified();
        CoverageInfo c = coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator");
        assertEquals(10, c.inScope());
        assertEquals(9, c.certified());
        assertEquals(0.9, c.share(), 1e-9);
        assertEquals(90.111, c.meanScore(), 1e-3);
        assertEquals(81.0, c.p10Score()); // rank ceil(0.9) = 1 of the sorted nine
        assertEquals("3.0.0", c.policyVersion());
        List<CoverageInfo> byRole = coverage.coverage("hate-speech", RegionCode.of("EU"));
        assertEquals(List.of("moderator", "qa-reviewer"), byRole.stream().map(CoverageInfo::role).toList());

        // A course for a new major makes it the current version: certifications on 3.x stop counting.
        courses.create(new CourseRequest("HS-400", "Hate speech 4.0", null, "hate-speech", "4.0.0", "E_LEARNING", 60,
                null, null, null, null));
        CoverageInfo after = coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator");
        assertEquals(0, after.certified());
        assertNull(after.meanScore());
        assertNull(after.p10Score());
        assertEquals("4.0.0", after.policyVersion());
    }

    @Test
    void kpisCountLearnerPolicyPairsCertifiedOnTheCurrentMajor() {
        TrainingKpis kpis = new TrainingKpis(jpa, new PolicyVersions(), clock);
        assertEquals(List.of(), kpis.values(java.time.LocalDate.parse("2026-11-21")), "no learners: nothing to measure");
        tenEuModeratorsNineCertified();
        // Two policies are covered (hate-speech, child-safety): EU has 11 learners × 2 pairs, 10 certified; DE 1 of 2.
        Map<String, Double> coverage = byRegion(kpis.values(java.time.LocalDate.parse("2026-11-21")), TrainingKpis.COVERAGE);
        assertEquals(10 / 22.0, coverage.get("EU"), 1e-9);
        assertEquals(0.5, coverage.get("DE"), 1e-9);
        assertEquals(11 / 24.0, coverage.get("*"), 1e-9);
        Map<String, Double> proficiency = byRegion(kpis.values(java.time.LocalDate.parse("2026-11-21")), TrainingKpis.PROFICIENCY);
        assertEquals(89.3, proficiency.get("EU"), 1e-9);
        assertEquals(99.0, proficiency.get("DE"), 1e-9);
        assertEquals(90.18, proficiency.get("*"), 1e-9); // (893 + 99) / 11, to 0.01

        courses.create(new CourseRequest("HS-400", "Hate speech 4.0", null, "hate-speech", "4.0.0", "E_LEARNING", 60,
                null, null, null, null));
        Map<String, Double> after = byRegion(kpis.values(java.time.LocalDate.parse("2026-11-21")), TrainingKpis.COVERAGE);
        assertEquals(0.0, after.get("EU"), 1e-9, "certifications on 3.x no longer count");
        assertEquals(null, byRegion(kpis.values(java.time.LocalDate.parse("2026-11-21")), TrainingKpis.PROFICIENCY).get("EU"));
    }

    private static Map<String, Double> byRegion(List<org.policyops.api.metrics.KpiValue> values, String kpi) {
        Map<String, Double> out = new java.util.TreeMap<>();
        values.stream().filter(v -> v.kpiId().equals(kpi))
                .forEach(v -> out.put(v.dimensions().getOrDefault(org.policyops.api.metrics.KpiValue.REGION, "*"), v.value()));
        return out;
    }

    @Test
    void theP10IsTheNearestRankAsPlanningComputesIt() {
        StringBuilder csv = new StringBuilder("id,name,region,roles\n");
        for (int i = 1; i <= 11; i++) {
            csv.append("US-").append(i).append(",P ").append(i).append(",US,moderator\n");
        }
        importLearners(csv.toString());
        for (int i = 1; i <= 11; i++) {
            result("US-" + i, "HS-300", 100 - i); // 99 down to 89
        }
        CoverageInfo c = coverage.coverage("hate-speech", RegionCode.of("US"), "moderator");
        assertEquals(11, c.certified());
        assertEquals(90.0, c.p10Score()); // rank ceil(1.1) = 2 of 89, 90, ..., 99
        assertEquals(94.0, c.meanScore(), 1e-9);
        List<CoverageInfo> report = coverage.coverageReport(RegionCode.of("US"));
        assertEquals(List.of("child-safety", "hate-speech"), report.stream().map(CoverageInfo::policyKey).toList());
        assertEquals(c, report.get(1));
    }

    @Test
    void theGapReportRanksPairsUnderTargetOrWithBadQualityAndSuggestsACourse() {
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\nEU-2,B,EU,moderator\nUK-1,C,UK,moderator\n");
        result("EU-1", "HS-300", 90);
        result("EU-2", "HS-300", 90);
        result("UK-1", "HS-300", 90);
        result("UK-1", "CS-400", 90);
        quality.put(new QualitySignalRequest("hate-speech", "UK", "2026-09", 1000, 90, 10));
        quality.put(new QualitySignalRequest("hate-speech", "UK", "2026-10", 1000, 20, 10));
        quality.put(new QualitySignalRequest("hate-speech", "EU", "2026-10", 1000, 80, 10));
        List<GapInfo> gaps = coverage.gaps(50);
        assertEquals(List.of("child-safety/EU", "hate-speech/EU"), gaps.stream().map(g -> g.policyKey() + "/" + g.region()).toList());
        assertEquals(1, gaps.get(0).rank());
        assertEquals("Assign CS-400 (Child safety 4.0) to the 2 uncertified moderators in EU.", gaps.get(0).suggestedAction());
        assertEquals(0.08, gaps.get(1).leakageRate(), 1e-9);
        assertTrue(gaps.get(1).suggestedAction().startsWith("Coverage is on target; quality is not"), gaps.get(1).suggestedAction());
    }

    @Test
    void learnerStatusListsAssignmentsFromTheirPaths() {
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\n");
        curricula.create(new CurriculumRequest("CORE", "Core", List.of("HS-300", "CS-400")));
        paths.create(new PathRequest("Moderators", "moderator", null, "CORE", 30));
        paths.create(new PathRequest("UK moderators", "moderator", "UK", "CORE", 10));
        result("EU-1", "HS-300", 90);
        LearnerStatus status = learners.status("EU-1");
        assertEquals(List.of("HS-300:CERTIFIED", "CS-400:DUE"),
                status.assignments().stream().map(a -> a.course() + ":" + a.status()).toList());
        clock.advance(Duration.ofDays(31));
        assertEquals("OVERDUE", learners.status("EU-1").assignments().get(1).status());
        assertNotNull(status.certifications().get(0).id());
    }

    @Test
    void effectivenessComparesQualityBeforeAndAfterTheCohortMonth() {
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\nEU-2,B,EU,moderator\nUK-1,C,UK,moderator\n");
        result("EU-1", "HS-300", 90);
        result("EU-2", "HS-300", 91);
        result("EU-2", "HS-300", 95); // one person, counted once
        result("UK-1", "HS-300", 95); // another region
        quality.put(new QualitySignalRequest("hate-speech", "EU", "2026-09", 1000, 80, 30));
        quality.put(new QualitySignalRequest("hate-speech", "EU", "2026-10", 1000, 60, 30));
        quality.put(new QualitySignalRequest("hate-speech", "EU", "2026-11", 1000, 50, 30)); // the cohort month itself
        quality.put(new QualitySignalRequest("hate-speech", "EU", "2026-12", 2000, 60, 40));
        EffectivenessService service = new EffectivenessService(jpa);
        org.policyops.training.internal.dto.EffectivenessView e = service.effectiveness("hate-speech", "EU", "2026-11", "2");
        assertEquals(2, e.completions());
        assertEquals(2000, e.before().sampleSize());
        assertEquals(0.07, e.before().leakageRate(), 1e-9);
        assertEquals(0.03, e.after().leakageRate(), 1e-9);
        assertEquals(-0.04, e.leakageChange(), 1e-9);
        assertEquals(-0.01, e.overEnforcementChange(), 1e-9);
        assertEquals("2027-01", e.after().to());
        ProblemException bad = assertThrows(ProblemException.class, () -> service.effectiveness("hate-speech", "EU", "2026-13", "0"));
        assertEquals(List.of("cohort", "months"), bad.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void deletingALearnerRemovesTheirRecordsUnlessTheyLeadASession() {
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\nEU-T1,B,EU,trainer\n");
        result("EU-1", "HS-300", 90);
        result("EU-T1", "HS-300-TTT", 90);
        sessions.create(new SessionRequest("HS-300", "EU-T1", "2026-12-01T09:00:00Z", 60, "en", 5));
        learners.delete("EU-1", null, null);
        assertEquals(0, certs.results("EU-1", null, org.policyops.core.rest.PageRequest.of(null, null, null,
                CertificationService.RESULT_SORTABLE, "takenAt")).total());
        ProblemException inUse = assertThrows(ProblemException.class, () -> learners.delete("EU-T1", null, null));
        assertEquals(409, inUse.status());
    }

    @Test
    void unreadableCsvIsABadRequestNotAnError() {
        ProblemException dup = assertThrows(ProblemException.class,
                () -> learners.importCsv("id,name,name,region,roles\nEU-1,A,B,EU,moderator\n", false, null));
        assertEquals(400, dup.status());
        ProblemException header = assertThrows(ProblemException.class,
                () -> learners.importCsv("id,name\nEU-1,A\n", false, null));
        assertEquals("header", header.errors().get(0).field());
    }

    /** Hateful conduct foundations: one course on hate speech 3.0 and violent extremism 2.2. */
    private void createHatefulConductCourse() {
        courses.create(new CourseRequest("HC-100", "Hateful conduct foundations", List.of(
                new CourseRequest.Policy("hate-speech", "3.0.0"), new CourseRequest.Policy("violent-extremism", "2.2.0")),
                null, null, "E_LEARNING", 120, List.of("en"), null, null, null));
    }

    @Test
    void aPassOfACourseOnTwoPoliciesCertifiesOnEachAtItsVersion() {
        createHatefulConductCourse();
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\n");
        result("EU-1", "HS-300", 85);
        events.clear();
        ResultView pass = result("EU-1", "HC-100", 90);
        assertEquals(List.of("hate-speech@3.0.0", "violent-extremism@2.2.0"), pass.certifications().stream()
                .map(c -> c.policyKey() + "@" + c.policyVersion()).toList());
        assertTrue(pass.certifications().stream().allMatch(c -> c.status().equals("VALID") && c.course().equals("HC-100")));
        assertEquals(List.of(TrainingEvents.CERTIFICATION_GRANTED, TrainingEvents.CERTIFICATION_GRANTED), topics());
        // The earlier hate-speech certification from HS-300 gives way to the new one; nothing else changes.
        assertEquals(List.of("HC-100:hate-speech:VALID", "HC-100:violent-extremism:VALID", "HS-300:hate-speech:SUPERSEDED"),
                certs.ofLearner("EU-1").orElseThrow().stream().map(c -> c.course() + ":" + c.policyKey() + ":" + c.status())
                        .sorted().toList());
        // A score under the proficiency threshold on the course withdraws both.
        result("EU-1", "HC-100", 50);
        assertEquals(2, certs.ofLearner("EU-1").orElseThrow().stream()
                .filter(c -> c.status().equals("RECERTIFICATION_REQUIRED")).count());
    }

    @Test
    void aNewMajorOfOneCoveredPolicyRequiresRecertificationOnThatPolicyOnly() {
        createHatefulConductCourse();
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\n");
        curricula.create(new CurriculumRequest("HATE", "Hateful conduct", List.of("HC-100")));
        paths.create(new PathRequest("Moderators", "moderator", null, "HATE", 30));
        result("EU-1", "HC-100", 90);
        assertEquals("CERTIFIED", learners.status("EU-1").assignments().get(0).status());
        events.clear();
        assertEquals(1, certs.majorVersionEnforced("hate-speech", "4.0.0", 4));
        assertEquals(List.of(TrainingEvents.RECERTIFICATION_REQUIRED), topics());
        assertEquals("hate-speech", events.get(0).getProperty(TrainingEvents.PROP_POLICY_KEY));
        assertEquals(List.of("hate-speech:RECERTIFICATION_REQUIRED", "violent-extremism:VALID"),
                certs.ofLearner("EU-1").orElseThrow().stream().map(c -> c.policyKey() + ":" + c.status()).sorted().toList());
        assertEquals(0, certs.majorVersionEnforced("violent-extremism", "2.3.0", 2), "a minor of the other policy changes nothing");
        // The course stands as its weakest policy: the learner has to take it again.
        assertEquals("RECERTIFICATION_REQUIRED", learners.status("EU-1").assignments().get(0).status());
    }

    @Test
    void coverageGapsAndEffectivenessCountACourseOnTwoPoliciesForEach() {
        createHatefulConductCourse();
        importLearners("id,name,region,roles\nEU-1,A,EU,moderator\nEU-2,B,EU,moderator\nEU-3,C,EU,moderator\n"
                + "EU-4,D,EU,moderator\n");
        result("EU-1", "HC-100", 90);
        result("EU-2", "HC-100", 80);
        result("EU-3", "HS-300", 95);
        CoverageInfo hate = coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator");
        assertEquals(4, hate.inScope());
        assertEquals(3, hate.certified());
        assertEquals(88.333, hate.meanScore(), 1e-3);
        CoverageInfo extremism = coverage.coverage("violent-extremism", RegionCode.of("EU"), "moderator");
        assertEquals(2, extremism.certified());
        assertEquals(0.5, extremism.share(), 1e-9);
        assertEquals(80.0, extremism.p10Score());
        assertEquals("2.2.0", extremism.policyVersion());
        assertEquals(List.of("child-safety", "hate-speech", "violent-extremism"),
                coverage.coverageReport(RegionCode.of("EU")).stream().map(CoverageInfo::policyKey).toList());
        assertEquals(List.of("child-safety", "hate-speech", "violent-extremism"), coverage.policyKeys());

        List<GapInfo> gaps = coverage.gaps(50);
        GapInfo ve = gaps.stream().filter(g -> g.policyKey().equals("violent-extremism")).findFirst().orElseThrow();
        assertEquals("Assign HC-100 (Hateful conduct foundations) to the 2 uncertified moderators in EU.", ve.suggestedAction());
        GapInfo hs = gaps.stream().filter(g -> g.policyKey().equals("hate-speech")).findFirst().orElseThrow();
        assertTrue(hs.suggestedAction().startsWith("Assign HS-300 "), "same major: the course on hate speech alone: "
                + hs.suggestedAction());

        quality.put(new QualitySignalRequest("violent-extremism", "EU", "2026-10", 500, 40, 10));
        quality.put(new QualitySignalRequest("violent-extremism", "EU", "2026-12", 500, 20, 10));
        org.policyops.training.internal.dto.EffectivenessView e = new EffectivenessService(jpa)
                .effectiveness("violent-extremism", "EU", "2026-11", "1");
        assertEquals(2, e.completions(), "passes of HC-100, not of HS-300");
    }

    @Test
    void aCourseListsItsPoliciesRefusesDuplicatesAndAnEmptyListAndCanChangeThem() {
        createHatefulConductCourse();
        CourseView hc = courses.get("HC-100").body();
        assertEquals(List.of(new CourseRequest.Policy("hate-speech", "3.0.0"), new CourseRequest.Policy("violent-extremism", "2.2.0")),
                hc.policies());
        assertEquals(List.of("HC-100"), courses.list("violent-extremism", null, page()).items().stream()
                .map(CourseView::code).toList());
        assertEquals(List.of("HC-100", "HS-300", "HS-300-TTT"), courses.list("hate-speech", null, page()).items().stream()
                .map(CourseView::code).sorted().toList());

        ProblemException dup = assertThrows(ProblemException.class, () -> courses.create(new CourseRequest("X-1", "X",
                List.of(new CourseRequest.Policy("hate-speech", "3.0.0"), new CourseRequest.Policy("hate-speech", "3.1.0")),
                null, null, "E_LEARNING", 60, null, null, null, null)));
        assertEquals(List.of("policies[1].policyKey"), dup.errors().stream().map(f -> f.field()).toList());
        ProblemException empty = assertThrows(ProblemException.class, () -> courses.create(new CourseRequest("X-1", "X",
                List.of(), null, null, "E_LEARNING", 60, null, null, null, null)));
        assertEquals(List.of("policies"), empty.errors().stream().map(f -> f.field()).toList());
        ProblemException bad = assertThrows(ProblemException.class, () -> courses.create(new CourseRequest("X-1", "X",
                List.of(new CourseRequest.Policy("Hate Speech", "three")), null, null, "E_LEARNING", 60, null, null, null, null)));
        assertEquals(List.of("policies[0].policyKey", "policies[0].policyVersion"),
                bad.errors().stream().map(f -> f.field()).toList());
        ProblemException both = assertThrows(ProblemException.class, () -> courses.create(new CourseRequest("X-1", "X",
                List.of(new CourseRequest.Policy("hate-speech", "3.0.0")), "hate-speech", null, "E_LEARNING", 60, null, null,
                null, null)));
        assertEquals(List.of("policyKey"), both.errors().stream().map(f -> f.field()).toList());
        assertThrows(ProblemException.class, () -> courses.get("X-1"));

        CourseView changed = courses.update("HC-100", null, new CourseRequest(null, "Hateful conduct foundations",
                List.of(new CourseRequest.Policy("violent-extremism", "2.2.0"), new CourseRequest.Policy("misinformation", null)),
                null, null, "E_LEARNING", 120, null, null, null, null)).body();
        assertEquals(List.of(new CourseRequest.Policy("misinformation", null), new CourseRequest.Policy("violent-extremism", "2.2.0")),
                changed.policies());
        assertEquals(List.of(), courses.list("hate-speech", null, page()).items().stream()
                .map(CourseView::code).filter("HC-100"::equals).toList());
    }

    private static org.policyops.core.rest.PageRequest page() {
        return org.policyops.core.rest.PageRequest.of(null, null, null, Map.of("id", "id"), "id");
    }
}
