package io.github.camelinstagram.ratelimit;

import java.util.function.LongSupplier;

import io.github.camelinstagram.ratelimit.RateLimitState.AccountUsage;

/**
 * Decides how long a call for an account must wait before it is sent, from what the usage headers said:
 * <ul>
 * <li>while the API says the account is blocked ({@code estimated_time_to_regain_access}), until it regains access;</li>
 * <li>once usage reaches the threshold, calls are spaced out: the interval grows from a tenth of {@code slowdown} at the
 * threshold to the whole {@code slowdown} at 100%;</li>
 * <li>below the threshold, not at all.</li>
 * </ul>
 * The pacer never blocks: it returns a delay that the client waits on a scheduler.
 */
public final class CallPacer {

    private final RateLimitState state;
    private final boolean enabled;
    private final int threshold;
    private final long slowdownMillis;
    private final LongSupplier clock;

    public CallPacer(RateLimitState state, boolean enabled, int threshold, long slowdownMillis, LongSupplier clock) {
        this.state = state;
        this.enabled = enabled;
        this.threshold = threshold;
        this.slowdownMillis = slowdownMillis;
        this.clock = clock;
    }

    /** Milliseconds the next call for the account must wait, however long that is; 0 to send now. */
    public long delayBeforeCall(String account) {
        return delayBeforeCall(account, Long.MAX_VALUE);
    }

    /**
     * Milliseconds the next call for the account must wait; 0 to send now; -1 when it would have to wait longer than
     * {@code maxWaitMillis}. A call refused with -1 reserves nothing: it does not push back the calls after it.
     */
    public long delayBeforeCall(String account, long maxWaitMillis) {
        if (!enabled) {
            return 0;
        }
        long now = clock.getAsLong();
        AccountUsage usage = state.usage(account);
        if (usage.blockedUntilMillis() > now) {
            long blocked = usage.blockedUntilMillis() - now;
            return blocked > maxWaitMillis ? -1 : blocked;
        }
        if (usage.percent() < threshold) {
            return 0;
        }
        long latest = maxWaitMillis >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + maxWaitMillis;
        long slot = state.reserveSlot(account, now, intervalAt(usage.percent()), latest);
        return slot < 0 ? -1 : slot - now;
    }

    /** Remembers what an answer's usage headers said about the account. */
    public void record(String account, UsageReport report) {
        if (!report.reported() && report.regainAfter().isZero()) {
            return;
        }
        long blockedUntil = report.regainAfter().isZero() ? 0 : clock.getAsLong() + report.regainAfter().toMillis();
        state.recordUsage(account, report.percent(), blockedUntil);
    }

    long intervalAt(int percent) {
        int over = Math.min(percent, 100) - threshold;
        int span = Math.max(1, 100 - threshold);
        return slowdownMillis / 10 + (slowdownMillis - slowdownMillis / 10) * over / span;
    }
}
