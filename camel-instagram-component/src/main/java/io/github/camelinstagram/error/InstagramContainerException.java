package io.github.camelinstagram.error;

import io.github.camelinstagram.model.ContainerStatus;

/**
 * A media container ended in {@code ERROR} or {@code EXPIRED} while {@code publish} waited for it, so it can never be
 * published. {@link #getSubcode()} is the subcode its {@code status} names (0 when none) and the message explains it;
 * {@link #getCode()} is the error code the API pairs with that subcode. Nothing was published: create a new container,
 * after fixing the media when the subcode says so.
 */
public class InstagramContainerException extends InstagramPublishingException {

    private static final long serialVersionUID = 1L;

    private final String containerId;
    private final String statusCode;

    public InstagramContainerException(ContainerStatus status, String containerId) {
        super(error(status, containerId), hint(status));
        this.containerId = containerId;
        this.statusCode = status.getStatusCode();
    }

    /** The container that failed. */
    public String getContainerId() {
        return containerId;
    }

    /** {@code ERROR} or {@code EXPIRED}. */
    public String getStatusCode() {
        return statusCode;
    }

    private static ApiError error(ContainerStatus status, String containerId) {
        int subcode = status.getSubcode();
        String message = status.getStatus() != null && !status.getStatus().isBlank() ? status.getStatus()
                : "status_code " + status.getStatusCode();
        return new ApiError(0, PublishingSubcodes.codeOf(subcode), subcode, "Container" + status.getStatusCode(),
                message, null, false, "container " + containerId + " (status_code " + status.getStatusCode() + ")");
    }

    private static String hint(ContainerStatus status) {
        String explained = PublishingSubcodes.explain(status.getSubcode());
        if (explained != null) {
            return explained;
        }
        if (ContainerStatus.EXPIRED.equals(status.getStatusCode())) {
            return "The container was not published within 24 hours of its creation; create a new one.";
        }
        return "Instagram could not process the media; check that its URL serves a file that meets Instagram's media"
               + " specifications, then create a new container.";
    }
}
