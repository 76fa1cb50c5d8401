package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A short reference to a media, as in a comment's {@code media}.
 */
public class MediaRef {

    /** Media id. */
    @JsonProperty("id")
    private String id;
    /** {@code FEED}, {@code STORY}, {@code REELS} or {@code AD}. */
    @JsonProperty("media_product_type")
    private String mediaProductType;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMediaProductType() {
        return mediaProductType;
    }

    public void setMediaProductType(String mediaProductType) {
        this.mediaProductType = mediaProductType;
    }

    @Override
    public String toString() {
        return "MediaRef{" + "id=" + id + ", mediaProductType=" + mediaProductType + "}";
    }
}
