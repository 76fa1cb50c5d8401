package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * A message could not be sent because the messaging window is closed (code 10, subcode 2534022): more than 24 hours passed since the user's last message. A human agent may still answer within 7 days with the {@code HUMAN_AGENT} tag.
 */
public class InstagramMessagingWindowClosedException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    static final String HINT = "The 24-hour messaging window is closed: a human agent can still answer within 7 days with the HUMAN_AGENT tag.";

    public InstagramMessagingWindowClosedException(ApiError error) {
        super(error, HINT);
    }
}
