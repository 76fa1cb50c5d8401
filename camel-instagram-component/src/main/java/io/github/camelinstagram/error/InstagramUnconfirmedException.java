package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * A call that creates something (a message, a private reply, a comment, a reply, a container, a post) ended without
 * telling whether it was carried out: the API answered 2xx without the id of what it created, or a publish got no
 * definite answer ({@link InstagramPublishUnconfirmedException}). It may have been done. Do not redeliver it blindly,
 * which could send or post twice: check first (the conversation, the comments, the container's status). This family is
 * never retried by the component, and is kept apart from the families that are safe to redeliver.
 */
public class InstagramUnconfirmedException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramUnconfirmedException(ApiError error) {
        super(error, "It may have been carried out: check before sending it again.");
    }

    /**
     * @param hint what to check, appended to the message
     */
    protected InstagramUnconfirmedException(ApiError error, String hint) {
        super(error, hint);
    }

    /** A 2xx answer without the id of what the call created. */
    public static InstagramUnconfirmedException withoutId(int httpStatus, String what, String context) {
        return new InstagramUnconfirmedException(new ApiError(httpStatus, 0, 0, null,
                "the answer has no " + what + ", so it is unknown whether the call was carried out", null, false,
                context));
    }
}
