package io.github.camelinstagram.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A comment or a reply, as {@code getComment}, {@code listComments} and {@code listReplies} return it. Only the requested {@code fields} are set.
 */
public class Comment {

    /** Comment id. */
    @JsonProperty("id")
    private String id;
    /** Comment text. */
    @JsonProperty("text")
    private String text;
    /** Creation time, ISO 8601 as the API writes it. */
    @JsonProperty("timestamp")
    private String timestamp;
    /** Username of the author. */
    @JsonProperty("username")
    private String username;
    /** Author: Instagram-scoped id and username. */
    @JsonProperty("from")
    private UserRef from;
    /** Whether the comment is hidden. */
    @JsonProperty("hidden")
    private Boolean hidden;
    /** Number of likes. */
    @JsonProperty("like_count")
    private Long likeCount;
    /** The media commented on. */
    @JsonProperty("media")
    private MediaRef media;
    /** Id of the comment replied to, null on a top-level comment. */
    @JsonProperty("parent_id")
    private String parentId;
    /** Replies, when requested. */
    @JsonProperty("replies")
    private DataList<Comment> replies;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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

    public UserRef getFrom() {
        return from;
    }

    public void setFrom(UserRef from) {
        this.from = from;
    }

    public Boolean getHidden() {
        return hidden;
    }

    public void setHidden(Boolean hidden) {
        this.hidden = hidden;
    }

    public Long getLikeCount() {
        return likeCount;
    }

    public void setLikeCount(Long likeCount) {
        this.likeCount = likeCount;
    }

    public MediaRef getMedia() {
        return media;
    }

    public void setMedia(MediaRef media) {
        this.media = media;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public DataList<Comment> getReplies() {
        return replies;
    }

    public void setReplies(DataList<Comment> replies) {
        this.replies = replies;
    }

    @Override
    public String toString() {
        return "Comment{" + "id=" + id + ", text=" + text + ", timestamp=" + timestamp + ", username=" + username + ", from=" + from + ", hidden=" + hidden + ", likeCount=" + likeCount + ", media=" + media + ", parentId=" + parentId + ", replies=" + replies + "}";
    }
}
