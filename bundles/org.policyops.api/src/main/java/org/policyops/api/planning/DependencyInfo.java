package org.policyops.api.planning;

/**
 * The initiative at the other end of a dependency edge.
 *
 * @param direction whether the queried initiative depends on this one, or this one depends on it
 * @param status the initiative's status, e.g. {@code IN_PROGRESS}
 * @since 1.2
 */
public record DependencyInfo(Direction direction, long id, String title, String status, String targetQuarter) {

    public enum Direction {
        /** The queried initiative depends on this one. */
        DEPENDS_ON,
        /** This one depends on the queried initiative. */
        DEPENDED_ON_BY
    }
}
