package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * The recipient cannot be messaged (subcode 2534014): the Instagram-scoped id is unknown to this account, or the user is not available.
 */
public class InstagramUserNotFoundException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    static final String HINT = "Check the recipient id: use the IGSID of a webhook event (CamelInstagramSenderId), not a username or an app-scoped id.";

    public InstagramUserNotFoundException(ApiError error) {
        super(error, HINT);
    }
}
