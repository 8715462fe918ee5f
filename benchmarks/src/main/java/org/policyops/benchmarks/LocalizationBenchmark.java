package org.policyops.benchmarks;

import org.policyops.core.events.EventPoster;
import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;
import java.util.Map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.SecurityContext;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.policyops.api.RegionCode;
import org.policyops.api.localization.ContentReadiness;
import org.policyops.localization.internal.domain.TranslationState;
import org.policyops.localization.internal.entity.ContentEntity;
import org.policyops.localization.internal.entity.TranslationEntity;
import org.policyops.localization.internal.sample.ReferenceData;
import org.policyops.localization.internal.service.InterchangeService;
import org.policyops.localization.internal.service.InterchangeService.Format;
import org.policyops.localization.internal.service.LocalizationUnit;
import org.policyops.localization.internal.service.TranslationStatusService;

/**
 * The localization services on 2,000 contents, each translated into the 23 EU languages besides English (46,000
 * translations), on EclipseLink and in-memory H2 in this JVM: readiness of one content in the EU (what a compliance
 * rule asks), and an XLIFF export and re-import of German for all 2,000 (what a translator's round trip costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LocalizationBenchmark {

    static final int CONTENTS = 2_000;
    static final List<String> LOCALES = List.of("bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
            "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** The planning benchmark's administrator; an import only needs a caller that is not region-scoped. */
    static final SecurityContext CALLER = PlanningBenchmark.ADMIN;

    LocalJpa jpa;
    TranslationStatusService status;
    InterchangeService interchange;
    List<String> keys;
    String germanXliff;
    Random random;

    @Setup
    public void setUp() {
        jpa = LocalJpa.named(LocalizationUnit.NAME, "l10nbench" + System.nanoTime(), Map.of());
        jpa.txExpr(ReferenceData::load);
        keys = new ArrayList<>();
        for (int batch = 0; batch < CONTENTS / 100; batch++) {
            int first = batch * 100;
            jpa.txExpr(em -> {
                for (int i = first; i < first + 100; i++) {
                    String key = String.format("policy/p%04d/statement-of-reasons", i);
                    ContentEntity c = new ContentEntity(key, "bench");
                    c.changeSource("en", "We restricted your content under policy " + i + ". You can appeal.", "p" + i, "1.0.0",
                            "bench", NOW);
                    em.persist(c);
                    em.flush();
                    for (String locale : LOCALES) {
                        TranslationEntity t = new TranslationEntity(c.getId(), locale);
                        t.apply("[" + locale + "] " + i, TranslationState.REVIEWED, "t", c.getSourceRevision(), "bench", NOW);
                        em.persist(t);
                    }
                    keys.add(key);
                }
                return null;
            });
        }
        EventPoster events = EventPosters.none();
        status = new TranslationStatusService(jpa);
        interchange = new InterchangeService(jpa, events);
        germanXliff = interchange.export(Format.XLIFF, "de", "en", null);
        random = new Random(20261122L);
    }

    @TearDown
    public void tearDown() {
        jpa.close();
    }

    @Benchmark
    public ContentReadiness readinessInTheEu() {
        return status.readiness(keys.get(random.nextInt(keys.size())), RegionCode.of("EU")).orElseThrow();
    }

    @Benchmark
    public String exportXliffOfAllContents() {
        return interchange.export(Format.XLIFF, "de", "en", null);
    }

    @Benchmark
    public InterchangeService.ImportResult importUnchangedXliffOfAllContents() {
        return interchange.importFile(Format.XLIFF, germanXliff, CALLER);
    }
}
