package io.github.camelinstagram.sandbox.graph;

import java.time.Duration;
import java.time.Instant;

import io.github.camelinstagram.sandbox.state.RateLimits;
import io.github.camelinstagram.sandbox.state.SlidingWindow;

/**
 * The messaging rate limits per account (section D): Send API for text and for audio/video, Conversations API, and
 * private replies. A call beyond a limit is refused with code 613 ({@code Calls to this api have exceeded the rate
 * limit}), transient. Windows run on the sandbox clock. Thread-safe.
 */
public final class MessagingLimiter {

    /** The limited kinds of calls. */
    public enum Bucket {
        SEND_TEXT, SEND_MEDIA, CONVERSATIONS, PRIVATE_REPLIES
    }

    private volatile RateLimits limits;
    private final SlidingWindow perSecond = new SlidingWindow(Duration.ofSeconds(1));
    private final SlidingWindow perHour = new SlidingWindow(Duration.ofHours(1));

    public MessagingLimiter(RateLimits limits) {
        this.limits = limits;
    }

    public void setLimits(RateLimits limits) {
        this.limits = limits;
    }

    public RateLimits limits() {
        return limits;
    }

    /**
     * Counts a call of the account in the bucket.
     *
     * @throws GraphException code 613 beyond the limit
     */
    public void acquire(Bucket bucket, String accountId, Instant now) {
        RateLimits current = limits;
        String key = bucket + ":" + accountId;
        boolean allowed = switch (bucket) {
            case SEND_TEXT -> perSecond.tryAcquire(key, current.sendTextPerSecond(), now);
            case SEND_MEDIA -> perSecond.tryAcquire(key, current.sendMediaPerSecond(), now);
            case CONVERSATIONS -> perSecond.tryAcquire(key, current.conversationsPerSecond(), now);
            case PRIVATE_REPLIES -> perHour.tryAcquire(key, current.privateRepliesPerHour(), now);
        };
        if (!allowed) {
            long minutes = bucket == Bucket.PRIVATE_REPLIES
                    ? Math.max(1, (perHour.timeUntilBelow(key, current.privateRepliesPerHour(), now).toSeconds() + 59)
                                  / 60)
                    : 0;
            throw GraphErrors.throttled(613, minutes);
        }
    }

    public void reset() {
        perSecond.clear();
        perHour.clear();
    }
}
