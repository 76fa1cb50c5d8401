package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * The access token has expired (code 190, subcode 463). Retrying does not help: the account must log in again through Business Login, or a fresh long-lived token must be configured. Refresh tokens before they expire (autoRefreshToken) to avoid this.
 */
public class InstagramTokenExpiredException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramTokenExpiredException(ApiError error) {
        super(error);
    }
}
