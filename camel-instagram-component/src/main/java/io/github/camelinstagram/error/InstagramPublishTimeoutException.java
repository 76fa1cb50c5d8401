package io.github.camelinstagram.error;

import java.time.Duration;

/**
 * A container was still not ready to publish when {@code publish}'s {@code publishTimeout} ran out. Nothing was
 * published, so redelivering the exchange is safe (it creates new containers and waits again); it is a publishing
 * failure, not an {@link InstagramMediaNotReadyException}, which only {@code publishContainer} raises. The container
 * stays valid for 24 hours after its creation: publish it later with {@code publishContainer} (its id in
 * {@code CamelInstagramMediaId}), or give {@code publish} a longer {@code publishTimeout}.
 */
public class InstagramPublishTimeoutException extends InstagramPublishingException {

    private static final long serialVersionUID = 1L;

    private final String containerId;
    private final Duration timeout;

    public InstagramPublishTimeoutException(String containerId, String lastStatusCode, Duration timeout) {
        super(new ApiError(0, 0, 0, "PublishTimeout", "still " + lastStatusCode + " after " + timeout.toMillis()
                                                        + " ms (publishTimeout); nothing was published",
                null, false, "container " + containerId),
                "Publish it later with publishContainer (CamelInstagramMediaId " + containerId
                                                          + "), or raise publishTimeout.");
        this.containerId = containerId;
        this.timeout = timeout;
    }

    /** The container that was not ready in time. */
    public String getContainerId() {
        return containerId;
    }

    /** The {@code publishTimeout} that ran out. */
    public Duration getTimeout() {
        return timeout;
    }
}
