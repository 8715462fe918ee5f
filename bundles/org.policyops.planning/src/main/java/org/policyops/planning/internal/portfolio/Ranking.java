package org.policyops.planning.internal.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.policyops.api.planning.scoring.InitiativeFacts;
import org.policyops.api.planning.scoring.NotScorableException;
import org.policyops.api.planning.scoring.Score;
import org.policyops.api.planning.scoring.ScoringModel;

/**
 * Scores every initiative with one model and sorts them: scored ones first, by score descending; ties by reach
 * descending, then by id ascending, so the order is total and stable between requests. Initiatives the model cannot
 * score ({@link NotScorableException}) or fails on (any other exception, or a result that is not a finite number)
 * come last, in the same tie order, with the reason or error. One pass and one sort: O(n log n).
 */
public final class Ranking {

    /** One initiative's outcome: either a score (with breakdown and explanation) or a reason, or an error. */
    public record Entry(InitiativeFacts facts, Double score, Map<String, Double> breakdown, String explanation,
            String reason, String error) {

        public boolean scored() {
            return score != null;
        }
    }

    /** The ranked entries, how many the model failed on, and the first failure (for the log). */
    public record Result(List<Entry> entries, int failures, Throwable firstFailure) {
    }

    static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> !e.scored())
            .thenComparing(e -> e.scored() ? e.score() : 0.0, Comparator.reverseOrder())
            .thenComparing(e -> e.facts().reach(), Comparator.reverseOrder())
            .thenComparingLong(e -> e.facts().id());

    private Ranking() {
    }

    public static Result rank(List<InitiativeFacts> initiatives, ScoringModel model) {
        List<Entry> entries = new ArrayList<>(initiatives.size());
        int failures = 0;
        Throwable first = null;
        for (InitiativeFacts facts : initiatives) {
            Entry entry;
            try {
                entry = entry(facts, model.score(facts));
            } catch (NotScorableException e) {
                entry = new Entry(facts, null, Map.of(), null, e.getMessage(), null);
            } catch (RuntimeException | LinkageError e) {
                // A plug-in's bug must not fail the whole portfolio: report it for this initiative.
                first = first == null ? e : first;
                entry = new Entry(facts, null, Map.of(), null, null,
                        "model '" + model.id() + "' failed: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            if (entry.error() != null) {
                failures++;
            }
            entries.add(entry);
        }
        entries.sort(ORDER);
        return new Result(entries, failures, first);
    }

    private static Entry entry(InitiativeFacts facts, Score score) {
        if (score == null) {
            return new Entry(facts, null, Map.of(), null, null, "model result was null");
        }
        if (!Double.isFinite(score.value())) {
            return new Entry(facts, null, Map.of(), null, null, "model result " + score.value() + " is not a finite number");
        }
        return new Entry(facts, score.value(), score.breakdown(), score.explanation(), null, null);
    }
}
