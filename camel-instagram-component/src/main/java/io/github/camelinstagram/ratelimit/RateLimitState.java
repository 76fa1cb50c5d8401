package io.github.camelinstagram.ratelimit;

/**
 * What the component remembers about each account's rate limits: the last usage the API reported, until when the API
 * said the account is blocked, and the next free call slot when calls are being spaced out. Kept behind this interface
 * so that several instances can share one state (a database) without touching the client. Implementations must be
 * thread-safe.
 */
public interface RateLimitState {

    /** Records the usage reported by an answer for the account. */
    void recordUsage(String account, int percent, long blockedUntilMillis);

    /** The last known usage of the account; {@link AccountUsage#UNKNOWN} when nothing was reported yet. */
    AccountUsage usage(String account);

    /**
     * Reserves the next call slot for the account, at least {@code intervalMillis} after the previously reserved one and
     * not before {@code nowMillis}, provided that it starts no later than {@code latestMillis}. A slot later than that is
     * not reserved: a call that gives up leaves the schedule as it was.
     *
     * @return the time at which the caller may send, or -1 when the next slot starts after {@code latestMillis}
     */
    long reserveSlot(String account, long nowMillis, long intervalMillis, long latestMillis);

    /**
     * @param percent            highest usage percentage reported, -1 when none
     * @param blockedUntilMillis epoch millis until which the API said the account is blocked, 0 when not blocked
     */
    record AccountUsage(int percent, long blockedUntilMillis) {
        public static final AccountUsage UNKNOWN = new AccountUsage(-1, 0);
    }
}
