package io.github.camelinstagram.webhook.parse;

/**
 * Normalises webhook times to epoch milliseconds. Changes carry {@code entry.time} in seconds, messaging events
 * {@code timestamp} in milliseconds; a value below 10^11 (in seconds, the year 5138; in milliseconds, March 1973) is
 * taken as seconds.
 */
final class EventTimes {

    private static final long SECONDS_LIMIT = 100_000_000_000L;

    private EventTimes() {
    }

    static long toEpochMillis(long time) {
        return time < SECONDS_LIMIT ? time * 1000 : time;
    }
}
