package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * Publishing failed: a container ended in ERROR or EXPIRED, or the API refused a publishing step with one of the 2207xxx subcodes. {@link #getSubcode()} says which.
 */
public class InstagramPublishingException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramPublishingException(ApiError error) {
        super(error);
    }
}
