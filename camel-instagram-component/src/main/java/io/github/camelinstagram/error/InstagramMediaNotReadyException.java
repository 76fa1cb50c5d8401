package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * A media container was published before it finished processing (code 9007, subcode 2207027). Waiting and publishing again is safe.
 */
public class InstagramMediaNotReadyException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramMediaNotReadyException(ApiError error) {
        super(error);
    }
}
