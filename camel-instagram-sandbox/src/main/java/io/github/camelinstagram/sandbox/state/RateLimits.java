package io.github.camelinstagram.sandbox.state;

/**
 * The messaging rate limits per Instagram professional account (section D of the specification).
 *
 * @param sendTextPerSecond       Send API calls per second for text, links, reactions, stickers and sender actions
 * @param sendMediaPerSecond      Send API calls per second for audio or video attachments
 * @param conversationsPerSecond  Conversations API calls per second (conversations, their messages, a message)
 * @param privateRepliesPerHour   private replies per hour to post and reel comments
 */
public record RateLimits(int sendTextPerSecond, int sendMediaPerSecond, int conversationsPerSecond,
                         int privateRepliesPerHour) {

    /** The documented limits: 100/s, 10/s, 2/s, 750/h. */
    public static final RateLimits DOCUMENTED = new RateLimits(100, 10, 2, 750);

    public RateLimits {
        if (sendTextPerSecond < 1 || sendMediaPerSecond < 1 || conversationsPerSecond < 1
            || privateRepliesPerHour < 1) {
            throw new IllegalArgumentException("Every rate limit must be at least 1");
        }
    }
}
