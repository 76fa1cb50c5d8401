package io.github.camelinstagram.sandbox.state;

/**
 * What a media container will become: a feed image (or a carousel image item), a carousel video item, a reel, a story
 * or a carousel.
 */
public enum ContainerType {
    IMAGE,
    VIDEO,
    REELS,
    STORIES,
    CAROUSEL;

    /** Whether the container's media is a video (a story is a video when it has a {@code video_url}). */
    public boolean isVideo(Container container) {
        return this == VIDEO || this == REELS || this == STORIES && container.videoUrl() != null;
    }
}
