package io.github.camelinstagram.publishing;

/**
 * When to check a container's status again: the first check after {@code initialDelayMillis} (about a second), then
 * every quarter of the time already waited, never more often than {@code initialDelayMillis} and never less often than
 * {@code maxIntervalMillis} (Meta's once a minute). With the defaults (1 s, 1 min) the checks come at 1, 2, 3, 4, 5,
 * 6.25, 7.8, 9.8, 12.2, 15.3 s... and once a minute from the fourth minute on: an image or a short video is seen
 * within a second or a quarter of its processing time of finishing, a long video costs few calls.
 *
 * @param initialDelayMillis first delay and shortest interval ({@code pollInitialDelay})
 * @param maxIntervalMillis  longest interval ({@code pollMaxInterval})
 */
public record PollSchedule(long initialDelayMillis, long maxIntervalMillis) {

    /** Divides the time already waited to give the next interval. */
    static final int BACKOFF_DIVISOR = 4;

    /** The interval before the next check, given how long the container has been processing so far. */
    public long nextDelay(long elapsedMillis) {
        return Math.min(maxIntervalMillis, Math.max(initialDelayMillis, elapsedMillis / BACKOFF_DIVISOR));
    }
}
