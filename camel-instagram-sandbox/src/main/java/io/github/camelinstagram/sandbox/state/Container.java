package io.github.camelinstagram.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A media container: created by {@code POST /{ig-id}/media}, processed for a configurable time (starting when its
 * bytes arrived, for a resumable upload), then published once. Its status is computed from the clock:
 * <ol>
 * <li>{@code PUBLISHED} once published;</li>
 * <li>{@code ERROR} once processed, when its media could not be used (or any carousel child is in ERROR);</li>
 * <li>{@code EXPIRED} 24 hours after creation;</li>
 * <li>{@code IN_PROGRESS} while waiting for an upload or processing (a carousel: while a child is);</li>
 * <li>{@code FINISHED} otherwise.</li>
 * </ol>
 * Mutated only under the {@link Sandbox} lock.
 */
public final class Container {

    /** Containers not published within this time expire. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private final String id;
    private final String ownerId;
    private final ContainerType type;
    private final String imageUrl;
    private final String videoUrl;
    private final String caption;
    private final String altText;
    private final boolean carouselItem;
    private final List<String> childIds;
    private final boolean shareToFeed;
    private final List<String> taggedUsernames;
    private final Instant createdAt;
    private final Duration processingTime;
    private final boolean resumable;
    private Instant processingStartedAt;
    private Integer failSubcode;
    private String publishedMediaId;
    private long receivedBytes;

    public Container(String id, String ownerId, ContainerType type, String imageUrl, String videoUrl, String caption,
                     String altText, boolean carouselItem, List<String> childIds, boolean shareToFeed,
                     List<String> taggedUsernames, Instant createdAt, Duration processingTime, boolean resumable) {
        this.id = id;
        this.ownerId = ownerId;
        this.type = type;
        this.imageUrl = imageUrl;
        this.videoUrl = videoUrl;
        this.caption = caption;
        this.altText = altText;
        this.carouselItem = carouselItem;
        this.childIds = List.copyOf(childIds);
        this.shareToFeed = shareToFeed;
        this.taggedUsernames = List.copyOf(taggedUsernames);
        this.createdAt = createdAt;
        this.processingTime = processingTime;
        this.resumable = resumable;
        this.processingStartedAt = resumable ? null : createdAt;
    }

    public String id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public ContainerType type() {
        return type;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public String videoUrl() {
        return videoUrl;
    }

    public String caption() {
        return caption;
    }

    public String altText() {
        return altText;
    }

    public boolean isCarouselItem() {
        return carouselItem;
    }

    public List<String> childIds() {
        return childIds;
    }

    public boolean shareToFeed() {
        return shareToFeed;
    }

    public List<String> taggedUsernames() {
        return taggedUsernames;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isResumable() {
        return resumable;
    }

    public boolean isVideo() {
        return type.isVideo(this);
    }

    /** Whether the bytes of a resumable upload already arrived (always true for URL containers). */
    public boolean hasMedia() {
        return processingStartedAt != null;
    }

    /** Starts processing now: the upload of a resumable container arrived, failing with the subcode when not null. */
    public void mediaArrived(Instant now, Integer subcode) {
        this.processingStartedAt = now;
        this.failSubcode = subcode;
    }

    /** Bytes of a resumable upload received so far. */
    public long receivedBytes() {
        return receivedBytes;
    }

    /** Counts bytes of a resumable upload. */
    public void received(long bytes) {
        receivedBytes += bytes;
    }

    /** Marks the media this container's URL pointed to as unusable, with the publishing error subcode. */
    public void failWith(Integer subcode) {
        this.failSubcode = subcode;
    }

    public String publishedMediaId() {
        return publishedMediaId;
    }

    public void markPublished(String mediaId) {
        this.publishedMediaId = mediaId;
    }

    /** The status at {@code now}; {@code containers} finds the children of a carousel. */
    public ContainerStatus status(Instant now, Function<String, Container> containers) {
        if (publishedMediaId != null) {
            return ContainerStatus.PUBLISHED;
        }
        boolean processed = processingStartedAt != null && !now.isBefore(processingStartedAt.plus(processingTime));
        if (processed && failSubcode != null) {
            return ContainerStatus.error(failSubcode);
        }
        if (type == ContainerType.CAROUSEL) {
            for (String childId : childIds) {
                Container child = containers.apply(childId);
                ContainerStatus childStatus = child == null ? ContainerStatus.error(2207006)
                        : child.status(now, containers);
                if (childStatus.is("ERROR")) {
                    return childStatus;
                }
            }
        }
        if (!now.isBefore(createdAt.plus(LIFETIME))) {
            return ContainerStatus.EXPIRED;
        }
        if (!processed) {
            return ContainerStatus.IN_PROGRESS;
        }
        if (type == ContainerType.CAROUSEL) {
            for (String childId : childIds) {
                if (!containers.apply(childId).status(now, containers).is("FINISHED")) {
                    return ContainerStatus.IN_PROGRESS;
                }
            }
        }
        return ContainerStatus.FINISHED;
    }
}
