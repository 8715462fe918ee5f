package org.policyops.training.internal.sample;

import org.policyops.core.events.EventPosters;
import org.policyops.testing.LocalJpa;
import org.policyops.training.internal.service.TrainingUnit;
import org.policyops.training.internal.service.TrainingTests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.api.training.CoverageInfo;
import org.policyops.api.training.GapInfo;
import org.policyops.training.internal.service.CertificationService;
import org.policyops.training.internal.service.CoverageService;
import org.policyops.training.internal.service.PolicyVersions;
import org.policyops.training.internal.service.TrainingSettings;

class SampleDataLoaderTest {

    @Test
    void samplesLoadOnceAndPutEuModeratorsAboveTargetOnHateSpeechAndBelowOnChildSafety() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        try (LocalJpa jpa = LocalJpa.create(TrainingUnit.NAME, TrainingTests.PERSISTENCE_XML)) {
            SampleDataLoader loader = new SampleDataLoader(jpa, clock);
            Optional<String> loaded = loader.loadOnce(SampleDataLoader.SAMPLES);
            assertTrue(loaded.isPresent() && loaded.get().startsWith("11 courses"), loaded.toString());
            assertEquals(Optional.empty(), loader.loadOnce(SampleDataLoader.SAMPLES));
            loader.deactivate();

            TrainingSettings settings = new TrainingSettings(TrainingTests.config(Map.of()));
            PolicyVersions versions = new PolicyVersions();
            CoverageService coverage = new CoverageService(jpa, settings, versions,
                    new CertificationService(jpa, settings, versions, EventPosters.none(), clock), clock);
            CoverageInfo hateSpeech = coverage.coverage("hate-speech", RegionCode.of("EU"), "moderator");
            CoverageInfo childSafety = coverage.coverage("child-safety", RegionCode.of("EU"), "moderator");
            assertTrue(hateSpeech.share() >= 0.9, hateSpeech.toString());
            assertTrue(childSafety.share() < 0.9, childSafety.toString());
            // The EU QA reviewer's one pass of HC-100 certifies on both of its policies.
            assertEquals(1, coverage.coverage("violent-extremism", RegionCode.of("EU"), "qa-reviewer").certified());
            assertEquals(1, coverage.coverage("hate-speech", RegionCode.of("EU"), "qa-reviewer").certified());
            List<GapInfo> gaps = coverage.gaps(500);
            assertTrue(gaps.stream().anyMatch(g -> g.policyKey().equals("child-safety") && g.region().equals("EU")));
            assertTrue(gaps.stream().noneMatch(g -> g.policyKey().equals("hate-speech") && g.region().equals("EU")
                    && g.reasons().stream().anyMatch(r -> r.startsWith("coverage"))));
        }
    }
}
