package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * The token lacks a permission the call needs (code 10 or 200-299): grant the missing scope in Business Login, or check the app's access level.
 */
public class InstagramPermissionException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramPermissionException(ApiError error) {
        super(error);
    }
}
