package io.github.camelinstagram.sandbox.state;

/**
 * A quick reply button offered with a message.
 *
 * @param contentType {@code text}
 * @param title       the button's text, at most 20 characters
 * @param payload     what comes back in the follower's {@code quick_reply.payload}
 */
public record QuickReply(String contentType, String title, String payload) {
}
