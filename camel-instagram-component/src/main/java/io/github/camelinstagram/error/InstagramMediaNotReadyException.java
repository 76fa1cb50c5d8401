package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * A media container was published before it finished processing (code 9007, subcode 2207027), or it did not finish
 * within {@code publishTimeout} ({@link InstagramPublishTimeoutException}). Nothing was published: waiting and
 * publishing again is safe. The {@code publish} operation waits and publishes again by itself until
 * {@code publishTimeout}; {@code publishContainer} raises it at once.
 */
public class InstagramMediaNotReadyException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    public InstagramMediaNotReadyException(ApiError error) {
        super(error, PublishingSubcodes.explain(error.subcode()));
    }

    /**
     * @param hint what to do, appended to the message
     */
    protected InstagramMediaNotReadyException(ApiError error, String hint) {
        super(error, hint);
    }
}
