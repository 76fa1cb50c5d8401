package io.github.camelinstagram.publishing;

import java.util.List;

/**
 * The inputs of {@code publish} and {@code createContainer}, read from headers, options and body and checked before
 * anything is sent ({@link PublishRequestReader}). Values that do not apply to the media type are kept but not sent.
 *
 * @param mediaType     what to create
 * @param media         the image or video of IMAGE, REELS and STORIES; null for CAROUSEL
 * @param items         the items of a CAROUSEL, in order; empty otherwise
 * @param caption       caption, or null (never sent for STORIES)
 * @param altText       alternative text of a feed image, or null
 * @param locationId    location id, or null
 * @param userTags      users to tag, as the JSON array the API takes, or null
 * @param collaborators collaborators' usernames, as a JSON array, or null
 * @param coverUrl      cover image of a reel, or null
 * @param thumbOffset   thumbnail position of a reel in milliseconds, or null
 * @param shareToFeed   whether a reel also appears in the feed, or null for the API's default
 */
public record PublishRequest(PublishMediaType mediaType, MediaSource media, List<CarouselItem> items, String caption,
        String altText, String locationId, String userTags, String collaborators, String coverUrl, Long thumbOffset,
        Boolean shareToFeed) {

    public PublishRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
