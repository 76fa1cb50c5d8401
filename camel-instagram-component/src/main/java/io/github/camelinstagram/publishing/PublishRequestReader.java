package io.github.camelinstagram.publishing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

/**
 * Reads the inputs of {@code publish} and {@code createContainer} from the message (headers first, then the endpoint's
 * options, then the body) and checks them before anything is sent. Every refusal is an
 * {@link IllegalArgumentException} that says what to fix.
 * <p>
 * The body is the caption when it is a String and {@code CamelInstagramCaption} is absent, or the local video to upload
 * when it is a File, Path, byte[] or a file consumer's file and no video URL header is set.
 */
public final class PublishRequestReader {

    public static final int MIN_CAROUSEL_ITEMS = 2;
    public static final int MAX_CAROUSEL_ITEMS = 10;

    private final Message message;
    private final InstagramConfiguration config;
    private final ObjectMapper mapper;

    public PublishRequestReader(Message message, InstagramConfiguration config, ObjectMapper mapper) {
        this.message = message;
        this.config = config;
        this.mapper = mapper;
    }

    /**
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public PublishRequest read() {
        PublishMediaType type = mediaType();
        Object body = message.getBody();
        String caption = type == PublishMediaType.STORIES ? null : caption(body);
        MediaSource media = null;
        List<CarouselItem> items = List.of();
        switch (type) {
            case IMAGE -> media = image(body);
            case REELS -> media = reel(body);
            case STORIES -> media = story(body);
            case CAROUSEL -> items = carouselItems();
            default -> throw new IllegalStateException("Unhandled media type " + type);
        }
        String coverUrl = type == PublishMediaType.REELS ? cover() : null;
        return new PublishRequest(type, media, items, caption,
                text(InstagramConstants.ALT_TEXT, config.getAltText()),
                text(InstagramConstants.LOCATION_ID, config.getLocationId()), userTags(), collaborators(), coverUrl,
                thumbOffset(), shareToFeed());
    }

    private PublishMediaType mediaType() {
        Object value = message.getHeader(InstagramConstants.MEDIA_TYPE);
        if (value instanceof PublishMediaType type) {
            return type;
        }
        if (value != null && !value.toString().isBlank()) {
            return PublishMediaType.fromName(value.toString());
        }
        return config.getMediaType() != null ? config.getMediaType() : PublishMediaType.IMAGE;
    }

    private String caption(Object body) {
        String header = header(InstagramConstants.CAPTION);
        String caption = header;
        String where = "header " + InstagramConstants.CAPTION;
        if (caption == null && body instanceof CharSequence text && !text.toString().isBlank()) {
            caption = text.toString();
            where = "String body";
        }
        if (caption != null) {
            CaptionRules.check(caption, where);
        }
        return caption;
    }

    private MediaSource image(Object body) {
        String url = header(InstagramConstants.IMAGE_URL);
        if (url != null) {
            return MediaSource.image(url, "The header " + InstagramConstants.IMAGE_URL);
        }
        if (header(InstagramConstants.VIDEO_URL) != null) {
            throw new IllegalArgumentException("IMAGE publishes an image, but only " + InstagramConstants.VIDEO_URL
                                               + " is set: set " + InstagramConstants.MEDIA_TYPE + " to REELS (or"
                                               + " STORIES) for a video, or give " + InstagramConstants.IMAGE_URL);
        }
        LocalMedia local = LocalMedia.of(body, "The body");
        if (local != null && local.isImage()) {
            throw MediaSource.localImageRefused(local, "The body");
        }
        if (local != null) {
            throw new IllegalArgumentException("IMAGE publishes an image, but the body is a local video ("
                                               + local.describe() + "): set " + InstagramConstants.MEDIA_TYPE
                                               + " to REELS or STORIES to publish it");
        }
        String hint = message.getHeader(InstagramConstants.CAROUSEL_ITEMS) != null
                ? " (" + InstagramConstants.CAROUSEL_ITEMS + " is set: for a carousel set "
                  + InstagramConstants.MEDIA_TYPE + " to CAROUSEL)" : "";
        throw new IllegalArgumentException("No media URL: set the header " + InstagramConstants.IMAGE_URL
                                           + " to the public http or https URL of the JPEG to publish" + hint);
    }

    private MediaSource reel(Object body) {
        String url = header(InstagramConstants.VIDEO_URL);
        if (url != null) {
            return MediaSource.video(url, "The header " + InstagramConstants.VIDEO_URL);
        }
        if (header(InstagramConstants.IMAGE_URL) != null) {
            throw new IllegalArgumentException("A reel is a video, but only " + InstagramConstants.IMAGE_URL
                                               + " is set: give " + InstagramConstants.VIDEO_URL + " (a cover image goes"
                                               + " in " + InstagramConstants.COVER_URL + ")");
        }
        LocalMedia local = LocalMedia.of(body, "The body");
        if (local != null) {
            return MediaSource.local(local, "The body");
        }
        throw new IllegalArgumentException("No media URL: set the header " + InstagramConstants.VIDEO_URL + " to the"
                                           + " public http or https URL of the video, or send the local video (File,"
                                           + " Path or byte[]) as the body");
    }

    private MediaSource story(Object body) {
        String image = header(InstagramConstants.IMAGE_URL);
        String video = header(InstagramConstants.VIDEO_URL);
        if (image != null && video != null) {
            throw new IllegalArgumentException("A story is one image or one video: set only one of "
                                               + InstagramConstants.IMAGE_URL + " and " + InstagramConstants.VIDEO_URL);
        }
        if (image != null) {
            return MediaSource.image(image, "The header " + InstagramConstants.IMAGE_URL);
        }
        if (video != null) {
            return MediaSource.video(video, "The header " + InstagramConstants.VIDEO_URL);
        }
        LocalMedia local = LocalMedia.of(body, "The body");
        if (local != null) {
            return MediaSource.local(local, "The body");
        }
        throw new IllegalArgumentException("No media URL: set the header " + InstagramConstants.IMAGE_URL + " or "
                                           + InstagramConstants.VIDEO_URL + " to the public http or https URL of the"
                                           + " story, or send a local video (File, Path or byte[]) as the body");
    }

    private List<CarouselItem> carouselItems() {
        Object value = message.getHeader(InstagramConstants.CAROUSEL_ITEMS);
        if (value == null) {
            throw new IllegalArgumentException("No carousel items: set the header " + InstagramConstants.CAROUSEL_ITEMS
                                               + " to a List of " + MIN_CAROUSEL_ITEMS + " to " + MAX_CAROUSEL_ITEMS
                                               + " image or video URLs");
        }
        List<?> values;
        if (value instanceof Collection<?> collection) {
            values = new ArrayList<>(collection);
        } else if (value instanceof Object[] array) {
            values = Arrays.asList(array);
        } else {
            throw new IllegalArgumentException("The header " + InstagramConstants.CAROUSEL_ITEMS + " must be a List of"
                                               + " " + MIN_CAROUSEL_ITEMS + " to " + MAX_CAROUSEL_ITEMS + " items, not a "
                                               + value.getClass().getName());
        }
        if (values.size() < MIN_CAROUSEL_ITEMS || values.size() > MAX_CAROUSEL_ITEMS) {
            throw new IllegalArgumentException("A carousel has " + MIN_CAROUSEL_ITEMS + " to " + MAX_CAROUSEL_ITEMS
                                               + " items, but " + InstagramConstants.CAROUSEL_ITEMS + " has "
                                               + values.size() + (values.size() < MIN_CAROUSEL_ITEMS
                                                       ? ": publish a single item as IMAGE or REELS"
                                                       : ": split it into several posts"));
        }
        List<CarouselItem> items = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            items.add(carouselItem(values.get(i), "Carousel item " + (i + 1)));
        }
        return items;
    }

    private CarouselItem carouselItem(Object value, String what) {
        if (value instanceof CharSequence url) {
            return new CarouselItem(MediaSource.byExtension(url.toString(), what), null, null);
        }
        if (value instanceof Map<?, ?> map) {
            return carouselItem(map, what);
        }
        LocalMedia local = LocalMedia.of(value, what);
        if (local != null) {
            return new CarouselItem(MediaSource.local(local, what), null, null);
        }
        String found = value == null ? "null" : "a " + value.getClass().getName();
        throw new IllegalArgumentException(what + " must be a URL String, a Map with imageUrl or videoUrl, or a local"
                                           + " video file, not " + found);
    }

    private CarouselItem carouselItem(Map<?, ?> map, String what) {
        Object type = map.get("mediaType");
        String declared = type == null ? null : type.toString().trim().toUpperCase(Locale.ROOT);
        if ("REELS".equals(declared)) {
            throw new IllegalArgumentException(what + " is a reel, and reels cannot be carousel items: give it as a"
                                               + " video item (videoUrl, no mediaType), or publish the reel on its own"
                                               + " with " + InstagramConstants.MEDIA_TYPE + " REELS");
        }
        if (declared != null && !declared.equals("IMAGE") && !declared.equals("VIDEO")) {
            throw new IllegalArgumentException(what + " has mediaType '" + type + "': a carousel item is an IMAGE or a"
                                               + " VIDEO");
        }
        Object image = map.get("imageUrl");
        Object video = map.get("videoUrl");
        if (image != null && video != null || image == null && video == null) {
            throw new IllegalArgumentException(what + " must have exactly one of imageUrl and videoUrl; it has "
                                               + (image == null ? "neither" : "both"));
        }
        if ("VIDEO".equals(declared) && image != null || "IMAGE".equals(declared) && video != null) {
            throw new IllegalArgumentException(what + " says mediaType " + declared + " but gives "
                                               + (image != null ? "imageUrl" : "videoUrl"));
        }
        MediaSource media = image != null ? MediaSource.image(image.toString(), what + " (imageUrl)")
                : MediaSource.video(video.toString(), what + " (videoUrl)");
        Object altText = map.get("altText");
        Object tags = map.get("userTags");
        return new CarouselItem(media, altText == null || altText.toString().isBlank() ? null : altText.toString(),
                tags == null ? null : userTagsJson(tags, what + " (userTags)"));
    }

    private String cover() {
        String cover = text(InstagramConstants.COVER_URL, config.getCoverUrl());
        return cover == null ? null : MediaSource.requireHttpUrl(cover, "The cover URL ("
                                                                        + InstagramConstants.COVER_URL + " or coverUrl)");
    }

    private Long thumbOffset() {
        Long offset;
        try {
            offset = message.getHeader(InstagramConstants.THUMB_OFFSET, Long.class);
        } catch (TypeConversionException e) {
            throw new IllegalArgumentException("The header " + InstagramConstants.THUMB_OFFSET + " must be a number of"
                                               + " milliseconds, not '" + message.getHeader(
                                                       InstagramConstants.THUMB_OFFSET) + "'", e);
        }
        if (offset == null) {
            offset = config.getThumbOffset();
        }
        if (offset != null && offset < 0) {
            throw new IllegalArgumentException("The thumb offset must be a position in milliseconds, 0 or more, not "
                                               + offset);
        }
        return offset;
    }

    private Boolean shareToFeed() {
        Object value = message.getHeader(InstagramConstants.SHARE_TO_FEED);
        if (value == null) {
            return config.getShareToFeed();
        }
        String text = value.toString().trim();
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("The header " + InstagramConstants.SHARE_TO_FEED + " must be true or"
                                               + " false, not '" + value + "'");
        }
        return Boolean.valueOf(text);
    }

    private String userTags() {
        Object value = message.getHeader(InstagramConstants.USER_TAGS);
        if (value != null) {
            return userTagsJson(value, "The header " + InstagramConstants.USER_TAGS);
        }
        String option = config.getUserTags();
        return option == null || option.isBlank() ? null : userTagsJson(option, "The userTags option");
    }

    /** A JSON array String as it is (checked), or a List of usernames and Maps written as one. */
    private String userTagsJson(Object value, String what) {
        if (value instanceof CharSequence text) {
            try {
                JsonNode node = mapper.readTree(text.toString());
                if (node != null && node.isArray()) {
                    return mapper.writeValueAsString(node);
                }
            } catch (JsonProcessingException e) {
                // reported below
            }
            throw new IllegalArgumentException(what + " must be a JSON array such as"
                                               + " [{\"username\":\"shop\",\"x\":0.5,\"y\":0.5}], not '" + text + "'");
        }
        if (value instanceof Collection<?> tags) {
            ArrayNode array = mapper.createArrayNode();
            for (Object tag : tags) {
                if (tag instanceof CharSequence username) {
                    array.addObject().put("username", username.toString());
                } else if (tag instanceof Map<?, ?> map && map.get("username") != null) {
                    array.add(mapper.valueToTree(map));
                } else {
                    throw new IllegalArgumentException(what + " must hold usernames or Maps with a username, not "
                                                       + tag);
                }
            }
            return array.toString();
        }
        throw new IllegalArgumentException(what + " must be a JSON array String or a List, not a "
                                           + value.getClass().getName());
    }

    private String collaborators() {
        Object value = message.getHeader(InstagramConstants.COLLABORATORS);
        if (value == null) {
            value = config.getCollaborators();
        }
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Collection<?> parts = value instanceof Collection<?> collection ? collection
                : Arrays.asList(value.toString().split(","));
        for (Object part : parts) {
            String name = part == null ? "" : part.toString().trim();
            if (name.startsWith("@")) {
                name = name.substring(1);
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        ArrayNode array = mapper.createArrayNode();
        names.forEach(array::add);
        return array.toString();
    }

    private String text(String header, String option) {
        String value = header(header);
        return value != null ? value : option == null || option.isBlank() ? null : option.trim();
    }

    private String header(String name) {
        Object value = message.getHeader(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
