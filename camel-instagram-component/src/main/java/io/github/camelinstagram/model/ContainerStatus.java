package io.github.camelinstagram.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The processing status of a media container, as {@code GET /{container}?fields=status_code,status} returns it:
 * {@code getContainerStatus} answers it whatever it is; {@code publish} waits while it is {@code IN_PROGRESS}.
 */
public class ContainerStatus {

    /** The media is being downloaded or processed. */
    public static final String IN_PROGRESS = "IN_PROGRESS";
    /** The container can be published. */
    public static final String FINISHED = "FINISHED";
    /** The container has been published. */
    public static final String PUBLISHED = "PUBLISHED";
    /** Processing failed; {@code status} holds a subcode. */
    public static final String ERROR = "ERROR";
    /** The container was not published within 24 hours of its creation. */
    public static final String EXPIRED = "EXPIRED";

    private static final Pattern SUBCODE = Pattern.compile("\\b(\\d{5,})\\b");

    /** Container id. */
    @JsonProperty("id")
    private String id;
    /** {@code IN_PROGRESS}, {@code FINISHED}, {@code PUBLISHED}, {@code ERROR} or {@code EXPIRED}. */
    @JsonProperty("status_code")
    private String statusCode;
    /** Details of the status; for {@code ERROR}, text that ends with the error subcode. */
    @JsonProperty("status")
    private String status;

    public ContainerStatus() {
    }

    public ContainerStatus(String id, String statusCode, String status) {
        this.id = id;
        this.statusCode = statusCode;
        this.status = status;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(String statusCode) {
        this.statusCode = statusCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /**
     * The error subcode that {@code status} names (e.g. 2207026 in {@code "Error: ... error code 2207026"}; the last
     * number of five digits or more), or 0 when it names none.
     */
    @JsonIgnore
    public int getSubcode() {
        if (status == null) {
            return 0;
        }
        Matcher matcher = SUBCODE.matcher(status);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        if (last == null || last.length() > 9) {
            return 0;
        }
        return Integer.parseInt(last);
    }

    /** Whether the container can be published. */
    @JsonIgnore
    public boolean isFinished() {
        return FINISHED.equals(statusCode);
    }

    /** Whether the container has been published. */
    @JsonIgnore
    public boolean isPublished() {
        return PUBLISHED.equals(statusCode);
    }

    /** Whether the container ended in {@code ERROR} or {@code EXPIRED} and can never be published. */
    @JsonIgnore
    public boolean isFailed() {
        return ERROR.equals(statusCode) || EXPIRED.equals(statusCode);
    }

    @Override
    public String toString() {
        return "ContainerStatus{" + "id=" + id + ", statusCode=" + statusCode + ", status=" + status + "}";
    }
}
