package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * Publishing failed: the API refused a publishing step with one of the 2207xxx subcodes, a local file could not be
 * uploaded, or a container ended in ERROR or EXPIRED ({@link InstagramContainerException}). {@link #getSubcode()} says
 * which, and the message explains the documented subcodes. {@link #isTransient()} is true for the server-side failures
 * (2207001, 2207003, 2207032, 2207053) that the same call may overcome.
 */
public class InstagramPublishingException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramPublishingException(ApiError error) {
        super(error, PublishingSubcodes.explain(error.subcode()));
    }

    /**
     * @param hint what the subcode means and what to do, appended to the message
     */
    protected InstagramPublishingException(ApiError error, String hint) {
        super(error, hint);
    }
}
