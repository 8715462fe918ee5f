package org.policyops.shell.internal;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.policyops.api.metrics.KpiScore;
import org.policyops.api.metrics.KpiScorecard;

/** Completes a KPI's id from the scorecard. */
@Service
public class KpiIdCompleter implements Completer {

    @Reference(optional = true)
    KpiScorecard scorecard;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = scorecard == null ? List.of()
                : scorecard.scorecard(null).stream().map(KpiScore::kpiId).distinct().toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    /** Completes the regions the scorecard has values of. */
    @Service
    public static class Regions implements Completer {

        @Reference(optional = true)
        KpiScorecard scorecard;

        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            TreeSet<String> regions = new TreeSet<>();
            if (scorecard != null) {
                scorecard.scorecard(null).stream().map(s -> s.dimensions().get("region")).filter(Objects::nonNull)
                        .forEach(regions::add);
            }
            return new StringsCompleter(regions).complete(session, commandLine, candidates);
        }
    }
}
