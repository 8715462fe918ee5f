package org.policyops.api.planning.scoring;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to score initiatives for ranking the planning portfolio; a higher score ranks higher. Register an
 * implementation as an OSGi service to make it available; it is used from request threads, concurrently, so it must
 * be thread-safe, and should be fast: it is called once for every initiative that matches a portfolio request.
 * <p>
 * When an initiative lacks what the model needs, throw {@link NotScorableException}: the initiative is listed
 * unscored, with the reason, after the scored ones. Any other exception is reported as an error for that initiative.
 */
@ConsumerType
public interface ScoringModel {

    /**
     * The identifier clients select the model with ({@code ?model=rice}): lower case letters, digits and hyphens.
     * Identifiers of the built-in models ({@code rice}, {@code wsjf}, {@code risk}) cannot be taken over.
     */
    String id();

    /** A short name for people, such as "RICE". */
    String title();

    /** What the model favours and how the score is computed. */
    String description();

    /**
     * Scores one initiative.
     *
     * @throws NotScorableException when the facts do not allow a score (e.g. no effort estimate)
     */
    Score score(InitiativeFacts facts);
}
