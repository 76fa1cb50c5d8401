package io.github.camelinstagram.sandbox.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Container;
import io.github.camelinstagram.sandbox.state.ContainerType;
import io.github.camelinstagram.sandbox.state.Mentions;
import io.github.camelinstagram.sandbox.state.ProcessingTimes;
import io.github.camelinstagram.sandbox.state.Sandbox;

/**
 * Checks the parameters of {@code POST /{ig-id}/media} and makes the container, with the error codes of section B:
 * unknown {@code media_type} 2207023, carousel size 2207028, caption too long (over 2,200 characters or 30 hashtags)
 * 2207010, more than 20 @-tags 2207040, bad {@code thumb_offset} 2207057, unknown child 2207006, a missing URL or a
 * malformed parameter 100. Whether the media URL can be used is decided by {@link MediaUrlRule}; its failure shows
 * later, in the container's status.
 */
final class ContainerFactory {

    static final int MAX_CAPTION = 2200;
    static final int MAX_HASHTAGS = 30;
    static final int MAX_MENTIONS = 20;

    private final Sandbox sandbox;
    private final ProcessingTimes processing;

    ContainerFactory(Sandbox sandbox, ProcessingTimes processing) {
        this.sandbox = sandbox;
        this.processing = processing;
    }

    Container create(GraphCall call, Account account) {
        boolean carouselItem = Boolean.TRUE.equals(call.flag("is_carousel_item"));
        ContainerType type = type(call.param("media_type"), carouselItem);
        boolean resumable = "resumable".equalsIgnoreCase(call.param("upload_type"));
        String imageUrl = blankToNull(call.param("image_url"));
        String videoUrl = blankToNull(call.param("video_url"));
        if (type == ContainerType.STORIES && carouselItem) {
            throw GraphErrors.invalidParameter("Stories cannot be carousel items");
        }
        boolean video = type == ContainerType.VIDEO || type == ContainerType.REELS
                        || type == ContainerType.STORIES && (videoUrl != null || resumable && imageUrl == null);
        if (resumable && !video) {
            throw GraphErrors.invalidParameter("upload_type=resumable is only for videos (REELS, STORIES, or VIDEO"
                                               + " carousel items)");
        }
        List<String> children = type == ContainerType.CAROUSEL ? children(call, account) : List.of();
        if (type != ContainerType.CAROUSEL) {
            requireUrl(video, resumable, imageUrl, videoUrl);
        }
        String caption = checkedCaption(call.param("caption"), carouselItem);
        String altText = call.param("alt_text");
        if (altText != null && (video || type == ContainerType.CAROUSEL)) {
            throw GraphErrors.invalidParameter("alt_text is only for images");
        }
        checkThumbOffset(call.param("thumb_offset"));
        List<String> tagged = userTags(call.jsonParam("user_tags"));
        boolean shareToFeed = !Boolean.FALSE.equals(call.flag("share_to_feed"));
        Duration time = type == ContainerType.CAROUSEL ? Duration.ZERO
                : video ? processing.video() : processing.image();
        Container container = new Container(sandbox.ids().container(), account.userId(), type,
                video ? null : imageUrl, video ? videoUrl : null, caption, altText, carouselItem, children,
                shareToFeed, tagged, call.now(), time, resumable);
        if (!resumable && type != ContainerType.CAROUSEL) {
            MediaUrlRule.failure(video ? videoUrl : imageUrl, video).ifPresent(container::failWith);
        }
        return container;
    }

    private static ContainerType type(String mediaType, boolean carouselItem) {
        if (mediaType == null || mediaType.isBlank()) {
            return ContainerType.IMAGE;
        }
        ContainerType type = switch (mediaType.trim().toUpperCase(Locale.ROOT)) {
            case "IMAGE" -> ContainerType.IMAGE;
            case "VIDEO" -> ContainerType.VIDEO;
            case "REELS" -> ContainerType.REELS;
            case "STORIES" -> ContainerType.STORIES;
            case "CAROUSEL" -> ContainerType.CAROUSEL;
            default -> throw GraphErrors.publishing(PublishingError.UNKNOWN_MEDIA_TYPE,
                    "The media type " + mediaType + " is not supported: use REELS, STORIES, CAROUSEL, VIDEO (for a"
                    + " carousel item) or none for an image.");
        };
        if (type == ContainerType.VIDEO && !carouselItem) {
            throw GraphErrors.publishing(PublishingError.UNKNOWN_MEDIA_TYPE,
                    "media_type VIDEO is only for carousel items (is_carousel_item=true): publish a video as REELS.");
        }
        if (type == ContainerType.REELS && carouselItem) {
            throw GraphErrors.publishing(PublishingError.UNKNOWN_MEDIA_TYPE,
                    "Reels cannot be carousel items: use media_type VIDEO with is_carousel_item=true.");
        }
        if (type == ContainerType.CAROUSEL && carouselItem) {
            throw GraphErrors.invalidParameter("A carousel cannot be an item of another carousel");
        }
        return type;
    }

    private List<String> children(GraphCall call, Account account) {
        String list = call.param("children");
        List<String> ids = new ArrayList<>();
        if (list != null) {
            for (String id : list.replace("[", "").replace("]", "").replace("\"", "").split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        if (ids.size() < 2 || ids.size() > 10) {
            throw GraphErrors.publishing(PublishingError.CAROUSEL_SIZE,
                    "A carousel needs between 2 and 10 children, got " + ids.size() + ".");
        }
        for (String id : ids) {
            Container child = sandbox.container(id).filter(c -> c.ownerId().equals(account.userId()))
                    .orElseThrow(() -> GraphErrors.publishing(PublishingError.MEDIA_NOT_FOUND,
                            "The carousel child " + id + " is not a container of this account."));
            if (!child.isCarouselItem()) {
                throw GraphErrors.invalidParameter("The container " + id + " was not created with"
                                                   + " is_carousel_item=true");
            }
            if (child.publishedMediaId() != null) {
                throw GraphErrors.invalidParameter("The container " + id + " is already part of published media");
            }
        }
        return ids;
    }

    private static void requireUrl(boolean video, boolean resumable, String imageUrl, String videoUrl) {
        if (video && videoUrl == null && !resumable) {
            throw GraphErrors.invalidParameter("The parameter video_url is required");
        }
        if (!video && imageUrl == null) {
            throw GraphErrors.invalidParameter("The parameter image_url is required");
        }
    }

    private static String checkedCaption(String caption, boolean carouselItem) {
        if (caption == null) {
            return null;
        }
        if (carouselItem) {
            throw GraphErrors.invalidParameter("Carousel items take no caption: set it on the carousel");
        }
        if (caption.length() > MAX_CAPTION) {
            throw GraphErrors.publishing(PublishingError.CAPTION_TOO_LONG,
                    "The caption has " + caption.length() + " characters; at most " + MAX_CAPTION + " are allowed.");
        }
        if (Mentions.countHashtags(caption) > MAX_HASHTAGS) {
            throw GraphErrors.publishing(PublishingError.CAPTION_TOO_LONG,
                    "The caption has " + Mentions.countHashtags(caption) + " hashtags; at most " + MAX_HASHTAGS
                    + " are allowed.");
        }
        if (Mentions.countMentions(caption) > MAX_MENTIONS) {
            throw GraphErrors.publishing(PublishingError.TOO_MANY_TAGS,
                    "The caption @-tags " + Mentions.countMentions(caption) + " accounts; at most " + MAX_MENTIONS
                    + " are allowed.");
        }
        return caption;
    }

    private static void checkThumbOffset(String offset) {
        if (offset == null) {
            return;
        }
        try {
            if (Long.parseLong(offset.trim()) < 0) {
                throw GraphErrors.publishing(PublishingError.BAD_THUMB_OFFSET);
            }
        } catch (NumberFormatException e) {
            throw GraphErrors.publishing(PublishingError.BAD_THUMB_OFFSET);
        }
    }

    private static List<String> userTags(JsonNode tags) {
        List<String> usernames = new ArrayList<>();
        if (tags == null) {
            return usernames;
        }
        if (!tags.isArray()) {
            throw GraphErrors.invalidParameter("Param user_tags must be a JSON array of {\"username\",\"x\",\"y\"}");
        }
        for (JsonNode tag : tags) {
            String username = tag.path("username").asText("");
            if (username.isBlank()) {
                throw GraphErrors.invalidParameter("Every item of user_tags needs a username");
            }
            for (String axis : List.of("x", "y")) {
                JsonNode value = tag.get(axis);
                if (value != null && (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1)) {
                    throw GraphErrors.invalidParameter("user_tags " + axis + " must be a number from 0 to 1");
                }
            }
            usernames.add(username);
        }
        return usernames;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
