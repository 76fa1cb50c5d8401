package io.github.camelinstagram.publishing;

import java.util.Arrays;
import java.util.Locale;

import io.github.camelinstagram.InstagramConstants;

/**
 * What {@code publish} and {@code createContainer} create, as named in {@code CamelInstagramMediaType} or the
 * {@code mediaType} option.
 */
public enum PublishMediaType {

    /** A feed post of one image ({@code image_url}; no {@code media_type} on the wire). */
    IMAGE,
    /** A reel: one video ({@code media_type=REELS}). */
    REELS,
    /** A story: one image or one video ({@code media_type=STORIES}). */
    STORIES,
    /** A feed post of 2 to 10 images and videos ({@code media_type=CAROUSEL} with {@code children}). */
    CAROUSEL;

    /**
     * The type of the given name, in any case.
     *
     * @throws IllegalArgumentException naming the header and the valid types
     */
    public static PublishMediaType fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown media type '" + name + "' in " + InstagramConstants.MEDIA_TYPE
                                               + ": use one of " + Arrays.toString(values()));
        }
    }
}
