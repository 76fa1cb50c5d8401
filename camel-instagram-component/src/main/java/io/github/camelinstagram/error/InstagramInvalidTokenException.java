package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * The access token is invalid (code 190 with a subcode other than 463, or code 102): the user changed the password, logged out, removed the app, or the token is malformed. Retrying does not help: the account must log in again.
 */
public class InstagramInvalidTokenException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    static final String HINT = "The token is no longer valid (password changed, logged out, app removed, or not an Instagram Login token): log the account in again (Business Login, operation exchangeCode).";

    public InstagramInvalidTokenException(ApiError error) {
        super(error, HINT);
    }
}
