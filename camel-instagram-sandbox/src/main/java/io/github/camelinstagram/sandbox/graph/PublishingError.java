package io.github.camelinstagram.sandbox.graph;

import java.util.Arrays;
import java.util.Optional;

/** The publishing errors of section B of the specification: code, subcode, message, user title and user message. */
public enum PublishingError {
    DOWNLOAD_TIMEOUT(-2, 2207003, "Timeout", "Media download timed out",
            "The media could not be downloaded in time. Please try again."),
    MEDIA_EXPIRED(-2, 2207020, "The media has expired", "Media expired",
            "The media you are trying to publish has expired. Please try uploading again."),
    SERVER_ERROR(-1, 2207001, "An unexpected error has occurred. Please retry your request later.", "Server error",
            "Instagram server error. Please try again."),
    CREATE_MEDIA_FAILED(-1, 2207032, "Create media failed", "Create media failed",
            "Creating the media failed. Please try again."),
    UNKNOWN_UPLOAD_ERROR(-1, 2207053, "Unknown upload error", "Unknown upload error",
            "An unknown error occurred during upload. Please generate a new container and try again."),
    BAD_THUMB_OFFSET(1, 2207057, "Invalid parameter", "Invalid thumbnail offset",
            "The thumbnail offset must be a number of milliseconds within the video."),
    ACTION_BLOCKED(4, 2207051, "Application request limit reached", "Action blocked",
            "The action was blocked as possible spam."),
    PUBLISH_LIMIT(9, 2207042, "Application request limit reached", "Daily posting limit reached",
            "The account reached the maximum number of posts it can publish in 24 hours."),
    MEDIA_NOT_FOUND(24, 2207006, "The requested resource does not exist", "Media not found",
            "The media could not be found. Please generate a new container and try again."),
    CONTAINER_MISSING(24, 2207008, "The requested resource does not exist", "Media builder expired",
            "The media container does not exist or has expired. Please generate a new container."),
    ACCOUNT_RESTRICTED(25, 2207050, "The user is restricted", "Restricted account",
            "The Instagram account is restricted and cannot publish."),
    UNKNOWN_MEDIA_TYPE(100, 2207023, "Invalid parameter", "Unknown media type",
            "The media type is not supported: use IMAGE (no media_type), REELS, STORIES, CAROUSEL, or VIDEO for a"
            + " carousel item."),
    CAROUSEL_SIZE(100, 2207028, "Invalid parameter", "Carousel validation failed",
            "A carousel needs between 2 and 10 items."),
    TOO_MANY_TAGS(100, 2207040, "Invalid parameter", "Too many tags",
            "The caption may @-tag at most 20 accounts."),
    UNSUPPORTED_VIDEO(352, 2207026, "The video file you selected is in a format that we don't support.",
            "Unsupported video format", "The video format is not supported. Please use MOV or MP4."),
    URL_NOT_FETCHED(9004, 2207052, "The media could not be fetched from this uri", "Media download failed",
            "The media could not be fetched from the URI given: it must be public and reachable."),
    NOT_READY(9007, 2207027, "Media ID is not available", "Media Not Ready For Publishing",
            "The media is not ready for publishing, please wait for a moment"),
    IMAGE_TOO_LARGE(36000, 2207004, "Image size too large", "Image too large",
            "The image is larger than 8 MiB."),
    UNSUPPORTED_IMAGE(36001, 2207005, "Unsupported image format", "Unsupported image format",
            "The image format is not supported: use JPEG."),
    ASPECT_RATIO(36003, 2207009, "Invalid aspect ratio", "Aspect ratio not supported",
            "The aspect ratio must be between 4:5 and 1.91:1."),
    CAPTION_TOO_LONG(36004, 2207010, "Caption too long", "Caption too long",
            "The caption may have at most 2,200 characters and 30 hashtags.");

    private final int code;
    private final int subcode;
    private final String message;
    private final String userTitle;
    private final String userMessage;

    PublishingError(int code, int subcode, String message, String userTitle, String userMessage) {
        this.code = code;
        this.subcode = subcode;
        this.message = message;
        this.userTitle = userTitle;
        this.userMessage = userMessage;
    }

    public int code() {
        return code;
    }

    public int subcode() {
        return subcode;
    }

    public String message() {
        return message;
    }

    public String userTitle() {
        return userTitle;
    }

    public String userMessage() {
        return userMessage;
    }

    public static Optional<PublishingError> bySubcode(int subcode) {
        return Arrays.stream(values()).filter(e -> e.subcode == subcode).findFirst();
    }
}
