package io.github.camelinstagram.publishing;

/**
 * One item of a carousel, checked.
 *
 * @param media    the image or video
 * @param altText  alternative text of an image item, or null
 * @param userTags users tagged on this item, as the JSON array the API takes, or null
 */
public record CarouselItem(MediaSource media, String altText, String userTags) {
}
