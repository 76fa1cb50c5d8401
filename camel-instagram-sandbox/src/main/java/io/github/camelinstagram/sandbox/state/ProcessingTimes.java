package io.github.camelinstagram.sandbox.state;

import java.time.Duration;

/**
 * How long containers stay IN_PROGRESS before they are FINISHED (or ERROR): images and videos (reels, video stories,
 * carousel video items). A carousel is FINISHED when all its children are.
 *
 * @param image processing time of an image
 * @param video processing time of a video
 */
public record ProcessingTimes(Duration image, Duration video) {

    /** Images at once, videos in 3 seconds. */
    public static final ProcessingTimes DEFAULT = new ProcessingTimes(Duration.ZERO, Duration.ofSeconds(3));

    public ProcessingTimes {
        if (image.isNegative() || video.isNegative()) {
            throw new IllegalArgumentException("Processing times cannot be negative");
        }
    }
}
