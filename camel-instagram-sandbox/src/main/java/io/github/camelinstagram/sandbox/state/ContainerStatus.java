package io.github.camelinstagram.sandbox.state;

/**
 * The {@code status_code} of a container and the text of its {@code status} field; for {@code ERROR}, the text ends
 * with the publishing error subcode, e.g. {@code "Error: Media upload has failed with error code 2207052"}.
 *
 * @param code    {@code IN_PROGRESS}, {@code FINISHED}, {@code PUBLISHED}, {@code ERROR} or {@code EXPIRED}
 * @param subcode the error subcode of an {@code ERROR}, else 0
 */
public record ContainerStatus(String code, int subcode) {

    public static final ContainerStatus IN_PROGRESS = new ContainerStatus("IN_PROGRESS", 0);
    public static final ContainerStatus FINISHED = new ContainerStatus("FINISHED", 0);
    public static final ContainerStatus PUBLISHED = new ContainerStatus("PUBLISHED", 0);
    public static final ContainerStatus EXPIRED = new ContainerStatus("EXPIRED", 0);

    public static ContainerStatus error(int subcode) {
        return new ContainerStatus("ERROR", subcode);
    }

    public boolean is(String statusCode) {
        return code.equals(statusCode);
    }

    /** The {@code status} field. */
    public String text() {
        return switch (code) {
            case "IN_PROGRESS" -> "In Progress: Media is still being processed.";
            case "FINISHED" -> "Finished: Media has been uploaded and it is ready to be published.";
            case "PUBLISHED" -> "Published: Media has been successfully published.";
            case "EXPIRED" -> "Expired: Media was not published within 24 hours.";
            default -> "Error: Media upload has failed with error code " + subcode;
        };
    }
}
