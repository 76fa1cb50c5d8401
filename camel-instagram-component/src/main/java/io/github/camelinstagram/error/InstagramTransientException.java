package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * A temporary failure of the API (code 1 or 2, {@code is_transient}, or a 5xx answer from a proxy). The same call may succeed later.
 */
public class InstagramTransientException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramTransientException(ApiError error) {
        super(error);
    }
}
