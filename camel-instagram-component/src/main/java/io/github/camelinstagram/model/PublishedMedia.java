package io.github.camelinstagram.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code publish} and {@code publishContainer} published. {@link #getId()} is the id of the new media (also in
 * {@code CamelInstagramId}), so that the body can be read as an {@link IdResponse} like that of every operation that
 * creates something.
 * <p>
 * When {@code media_publish} got no definite answer (a connection failure, a transient error) and the container's
 * status then said {@code PUBLISHED}, the post is live but the API never told its id: {@link #isConfirmedByStatus()} is
 * true, {@link #getId()} is null and {@code CamelInstagramId} is not set. The post is then found among the account's
 * media ({@code listMedia}); it is never published a second time to learn its id.
 */
public class PublishedMedia extends IdResponse {

    /** The container that was published. */
    @JsonProperty("container_id")
    private String containerId;
    /** The media type asked for: IMAGE, REELS, STORIES or CAROUSEL. */
    @JsonProperty("media_type")
    private String mediaType;
    /** For a carousel, the containers of its items, in the order of the items. */
    @JsonProperty("children_container_ids")
    private List<String> childContainerIds;
    /** True when the container's status, not the media_publish answer, confirmed the post (id then unknown). */
    @JsonProperty("confirmed_by_status")
    private boolean confirmedByStatus;

    public PublishedMedia() {
    }

    /** A post whose media_publish answered its id. */
    public static PublishedMedia published(String mediaId, String containerId) {
        PublishedMedia media = new PublishedMedia();
        media.setId(mediaId);
        media.containerId = containerId;
        return media;
    }

    /** A post that the container status confirmed after an uncertain media_publish: its id is unknown. */
    public static PublishedMedia confirmedByStatus(String containerId) {
        PublishedMedia media = new PublishedMedia();
        media.containerId = containerId;
        media.confirmedByStatus = true;
        return media;
    }

    public String getContainerId() {
        return containerId;
    }

    public void setContainerId(String containerId) {
        this.containerId = containerId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public List<String> getChildContainerIds() {
        return childContainerIds;
    }

    public void setChildContainerIds(List<String> childContainerIds) {
        this.childContainerIds = childContainerIds;
    }

    public boolean isConfirmedByStatus() {
        return confirmedByStatus;
    }

    public void setConfirmedByStatus(boolean confirmedByStatus) {
        this.confirmedByStatus = confirmedByStatus;
    }

    @Override
    public String toString() {
        return "PublishedMedia{" + "id=" + getId() + ", containerId=" + containerId + ", mediaType=" + mediaType
               + ", childContainerIds=" + childContainerIds + ", confirmedByStatus=" + confirmedByStatus + "}";
    }
}
