package org.policyops.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;
import org.policyops.api.metrics.KpiStatus;

class KpisCommandTest {

    /** Three scores; remembers the regions it was asked for. */
    static final class Scorecard implements KpiScorecard {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<KpiScore> scorecard(String region) {
            asked.add(String.valueOf(region));
            LocalDate day = LocalDate.of(2026, 12, 6);
            return List.of(
                    new KpiScore("time-to-deploy-median", "Time-to-deploy (median)", "days", Map.of("region", "UK"), day,
                            137.5, 136.5, 1.0, 60, KpiStatus.CRITICAL),
                    new KpiScore("tool-adoption", "Tool adoption", "ratio", Map.of(), day, 0.625, 0.65, -0.025, 0.8,
                            KpiStatus.WARNING),
                    new KpiScore("training-coverage", "Training coverage", "ratio", Map.of(), null, null, null, null, 0.95,
                            KpiStatus.NO_DATA));
        }
    }

    private static String run(Scorecard scorecard, String... words) throws Exception {
        KpisCommand command = new KpisCommand();
        command.scorecard = scorecard;
        Fakes.parse(command, words);
        return Fakes.output(command::print);
    }

    @Test
    void theScorecardWithChangeTargetAndStatus() throws Exception {
        Scorecard s = new Scorecard();
        String out = run(s, "--region", "uk");
        assertEquals(List.of("UK"), s.asked);
        assertTrue(out.contains("137.5") && out.contains("+1") && out.contains("CRITICAL"), out);
        assertTrue(out.contains("62.5%") && out.contains("-2.5 pt") && out.contains("80.0%") && out.contains("WARNING"), out);
        assertTrue(out.contains("NO_DATA"), out);
        String one = run(new Scorecard(), "tool-adoption");
        assertTrue(one.contains("tool-adoption"), one);
        assertFalse(one.contains("time-to-deploy"), one);
    }

    @Test
    void withoutTheMetricsFeatureItSaysSo() throws Exception {
        assertEquals(KpisCommand.METRICS_NOT_INSTALLED, run(null).trim());
    }
}
