package io.github.camelinstagram.publishing;

import java.util.List;

import io.github.camelinstagram.api.GraphRequest;

/**
 * The {@code POST /{account}/media} request of each kind of container, with the parameters the API takes for that kind
 * only: alt text on images, cover, thumb offset and share_to_feed on reels, caption, location and collaborators on feed
 * posts, reels and carousels (not on stories nor on carousel items).
 * <p>
 * Creating a container publishes nothing, so these requests are marked idempotent: a transient failure is retried. A
 * repeat at worst leaves an unused container, which expires after 24 hours.
 */
public final class ContainerRequests {

    private ContainerRequests() {
    }

    /** The container of an IMAGE, a REELS or a STORIES. */
    public static GraphRequest single(String account, PublishRequest request) {
        GraphRequest post = create(account);
        MediaSource media = request.media();
        switch (request.mediaType()) {
            case IMAGE -> post.form("image_url", media.url()).form("caption", request.caption())
                    .form("alt_text", request.altText()).form("location_id", request.locationId())
                    .form("user_tags", request.userTags()).form("collaborators", request.collaborators());
            case REELS -> video(post.form("media_type", "REELS"), media).form("caption", request.caption())
                    .form("cover_url", request.coverUrl()).form("thumb_offset", request.thumbOffset())
                    .form("share_to_feed", request.shareToFeed()).form("location_id", request.locationId())
                    .form("user_tags", request.userTags()).form("collaborators", request.collaborators());
            case STORIES -> {
                post.form("media_type", "STORIES").form("user_tags", request.userTags());
                if (media.video()) {
                    video(post, media);
                } else {
                    post.form("image_url", media.url());
                }
            }
            default -> throw new IllegalArgumentException(request.mediaType() + " is not a single-media type");
        }
        return post;
    }

    /** The container of one carousel item: an image, or a video ({@code media_type=VIDEO}). */
    public static GraphRequest item(String account, CarouselItem item) {
        GraphRequest post = create(account).form("is_carousel_item", true);
        if (item.media().video()) {
            video(post.form("media_type", "VIDEO"), item.media());
        } else {
            post.form("image_url", item.media().url()).form("alt_text", item.altText());
        }
        return post.form("user_tags", item.userTags());
    }

    /** The carousel container that holds the given item containers, in order. */
    public static GraphRequest carousel(String account, PublishRequest request, List<String> children) {
        return create(account).form("media_type", "CAROUSEL").form("children", String.join(",", children))
                .form("caption", request.caption()).form("location_id", request.locationId())
                .form("collaborators", request.collaborators());
    }

    private static GraphRequest create(String account) {
        return GraphRequest.post(account, "media").idempotent(true);
    }

    private static GraphRequest video(GraphRequest post, MediaSource media) {
        return media.isLocal() ? post.form("upload_type", "resumable") : post.form("video_url", media.url());
    }
}
