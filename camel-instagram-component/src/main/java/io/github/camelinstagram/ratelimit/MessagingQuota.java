package io.github.camelinstagram.ratelimit;

import java.time.Duration;

/**
 * The documented messaging rate limits, each per Instagram professional account.
 */
public enum MessagingQuota {
    /** Send API: text, links, reactions, stickers and sender actions (and images and files). */
    SEND(100, Duration.ofSeconds(1)),
    /** Send API: audio and video. */
    SEND_AUDIO_VIDEO(10, Duration.ofSeconds(1)),
    /** Conversations API: listing conversations and reading messages. */
    CONVERSATIONS(2, Duration.ofSeconds(1)),
    /** Private replies to comments on posts and reels. */
    PRIVATE_REPLY(750, Duration.ofHours(1)),
    /** Private replies to comments on a live broadcast. */
    PRIVATE_REPLY_LIVE(100, Duration.ofSeconds(1));

    private final int defaultLimit;
    private final Duration period;

    MessagingQuota(int defaultLimit, Duration period) {
        this.defaultLimit = defaultLimit;
        this.period = period;
    }

    /** Calls allowed per {@link #period()} by the documentation. */
    public int defaultLimit() {
        return defaultLimit;
    }

    public Duration period() {
        return period;
    }
}
