package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * {@code media_publish} got no definite answer (no answer at all, a transient error, or an answer without the media
 * id) and the container's status could not be read afterwards either, so whether the post went live is unknown. The cause is the failure of
 * {@code media_publish}. Do not publish again blindly, which could post twice: read the container's status with
 * {@code getContainerStatus} ({@link #getContainerId()} in {@code CamelInstagramMediaId}); {@code PUBLISHED} means the
 * post is live, {@code FINISHED} that it can be published with {@code publishContainer}.
 */
public class InstagramPublishUnconfirmedException extends InstagramUnconfirmedException {

    private static final long serialVersionUID = 1L;

    private final String containerId;

    public InstagramPublishUnconfirmedException(String containerId, Throwable publishFailure,
                                                Throwable statusFailure) {
        super(error(containerId, publishFailure, statusFailure),
                "Check the container with getContainerStatus before publishing again: PUBLISHED means the post is"
                                                                      + " live.");
        this.containerId = containerId;
        initCause(publishFailure);
        if (statusFailure != null && statusFailure != publishFailure) {
            addSuppressed(statusFailure);
        }
    }

    /** The container whose publication is unconfirmed. */
    public String getContainerId() {
        return containerId;
    }

    private static ApiError error(String containerId, Throwable publishFailure, Throwable statusFailure) {
        InstagramApiException api = publishFailure instanceof InstagramApiException e ? e : null;
        String message = "media_publish got no definite answer (" + publishFailure.getMessage() + ")"
                         + (statusFailure == null ? "" : " and the status could not be read ("
                                                         + statusFailure.getMessage() + ")");
        return new ApiError(api == null ? 0 : api.getHttpStatus(), api == null ? 0 : api.getCode(),
                api == null ? 0 : api.getSubcode(), "PublishUnconfirmed", message,
                api == null ? null : api.getFbtraceId(), false, "publishing container " + containerId);
    }
}
