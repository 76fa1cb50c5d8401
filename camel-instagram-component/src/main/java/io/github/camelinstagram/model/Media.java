package io.github.camelinstagram.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Instagram media (post, reel, story, carousel) as {@code getMedia}, {@code listMedia} and {@code listTaggedMedia} return it. Only the requested {@code fields} are set. Media URLs are CDN URLs that expire: download what must be kept.
 */
public class Media {

    /** Media id. */
    @JsonProperty("id")
    private String id;
    /** Caption text. */
    @JsonProperty("caption")
    private String caption;
    /** {@code IMAGE}, {@code VIDEO} or {@code CAROUSEL_ALBUM}. */
    @JsonProperty("media_type")
    private String mediaType;
    /** {@code FEED}, {@code STORY}, {@code REELS} or {@code AD}. */
    @JsonProperty("media_product_type")
    private String mediaProductType;
    /** CDN URL of the content (expires). */
    @JsonProperty("media_url")
    private String mediaUrl;
    /** Permanent link to the post. */
    @JsonProperty("permalink")
    private String permalink;
    /** Shortcode of the post. */
    @JsonProperty("shortcode")
    private String shortcode;
    /** CDN URL of a video's thumbnail (expires). */
    @JsonProperty("thumbnail_url")
    private String thumbnailUrl;
    /** Creation time, ISO 8601 as the API writes it. */
    @JsonProperty("timestamp")
    private String timestamp;
    /** Username of the owner. */
    @JsonProperty("username")
    private String username;
    /** Items of a carousel. */
    @JsonProperty("children")
    private DataList<Media> children;
    /** Number of comments. */
    @JsonProperty("comments_count")
    private Long commentsCount;
    /** Number of likes. */
    @JsonProperty("like_count")
    private Long likeCount;
    /** Whether comments are enabled. */
    @JsonProperty("is_comment_enabled")
    private Boolean commentEnabled;
    /** Whether a reel is also shown in the feed. */
    @JsonProperty("is_shared_to_feed")
    private Boolean sharedToFeed;
    /** Alternative text of an image. */
    @JsonProperty("alt_text")
    private String altText;
    /** Owner of the media. */
    @JsonProperty("owner")
    private UserRef owner;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String getMediaProductType() {
        return mediaProductType;
    }

    public void setMediaProductType(String mediaProductType) {
        this.mediaProductType = mediaProductType;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl;
    }

    public String getPermalink() {
        return permalink;
    }

    public void setPermalink(String permalink) {
        this.permalink = permalink;
    }

    public String getShortcode() {
        return shortcode;
    }

    public void setShortcode(String shortcode) {
        this.shortcode = shortcode;
    }

    public String getThumbnailUrl() {
        return thumbnailUrl;
    }

    public void setThumbnailUrl(String thumbnailUrl) {
        this.thumbnailUrl = thumbnailUrl;
    }

    public String getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(String timestamp) {
        this.timestamp = timestamp;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public DataList<Media> getChildren() {
        return children;
    }

    public void setChildren(DataList<Media> children) {
        this.children = children;
    }

    public Long getCommentsCount() {
        return commentsCount;
    }

    public void setCommentsCount(Long commentsCount) {
        this.commentsCount = commentsCount;
    }

    public Long getLikeCount() {
        return likeCount;
    }

    public void setLikeCount(Long likeCount) {
        this.likeCount = likeCount;
    }

    public Boolean getCommentEnabled() {
        return commentEnabled;
    }

    public void setCommentEnabled(Boolean commentEnabled) {
        this.commentEnabled = commentEnabled;
    }

    public Boolean getSharedToFeed() {
        return sharedToFeed;
    }

    public void setSharedToFeed(Boolean sharedToFeed) {
        this.sharedToFeed = sharedToFeed;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public UserRef getOwner() {
        return owner;
    }

    public void setOwner(UserRef owner) {
        this.owner = owner;
    }

    @Override
    public String toString() {
        return "Media{" + "id=" + id + ", caption=" + caption + ", mediaType=" + mediaType + ", mediaProductType=" + mediaProductType + ", mediaUrl=" + mediaUrl + ", permalink=" + permalink + ", shortcode=" + shortcode + ", thumbnailUrl=" + thumbnailUrl + ", timestamp=" + timestamp + ", username=" + username + ", children=" + children + ", commentsCount=" + commentsCount + ", likeCount=" + likeCount + ", commentEnabled=" + commentEnabled + ", sharedToFeed=" + sharedToFeed + ", altText=" + altText + ", owner=" + owner + "}";
    }
}
