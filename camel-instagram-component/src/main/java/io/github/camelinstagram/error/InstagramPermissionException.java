package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * The token lacks a permission the call needs (code 10 or 200-299): grant the missing scope in Business Login, or check the app's access level.
 */
public class InstagramPermissionException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    static final String HINT = "A permission is missing: ask for the scope this call needs in Business Login (option scopes) and log the account in again.";

    public InstagramPermissionException(ApiError error) {
        super(error, HINT);
    }
}
