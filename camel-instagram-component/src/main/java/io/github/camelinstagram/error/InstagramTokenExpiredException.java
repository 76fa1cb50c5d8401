package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * The access token has expired (code 190, subcode 463). Retrying does not help: the account must log in again through Business Login, or a fresh long-lived token must be configured. Refresh tokens before they expire (autoRefreshToken) to avoid this.
 */
public class InstagramTokenExpiredException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    static final String HINT = "The token expired: log the account in again (Business Login, operation exchangeCode) or configure a new long-lived token; keep autoRefreshToken on so that tokens are refreshed before they expire.";

    public InstagramTokenExpiredException(ApiError error) {
        super(error, HINT);
    }
}
