package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The payload of an attachment. CDN URLs expire: download what must be kept.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class AttachmentPayload {

    /** CDN URL of the content. */
    @JsonProperty("url")
    private String url;
    /** Title of a shared reel or post. */
    @JsonProperty("title")
    private String title;
    /** Video id of a shared reel. */
    @JsonProperty("reel_video_id")
    private String reelVideoId;
    /** Media id of a shared post. */
    @JsonProperty("ig_post_media_id")
    private String igPostMediaId;
    /** Sticker id. */
    @JsonProperty("sticker_id")
    private String stickerId;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReelVideoId() {
        return reelVideoId;
    }

    public void setReelVideoId(String reelVideoId) {
        this.reelVideoId = reelVideoId;
    }

    public String getIgPostMediaId() {
        return igPostMediaId;
    }

    public void setIgPostMediaId(String igPostMediaId) {
        this.igPostMediaId = igPostMediaId;
    }

    public String getStickerId() {
        return stickerId;
    }

    public void setStickerId(String stickerId) {
        this.stickerId = stickerId;
    }

    @Override
    public String toString() {
        return "AttachmentPayload{url=" + url + ", reelVideoId=" + reelVideoId + ", igPostMediaId=" + igPostMediaId + ", stickerId=" + stickerId + "}";
    }
}
