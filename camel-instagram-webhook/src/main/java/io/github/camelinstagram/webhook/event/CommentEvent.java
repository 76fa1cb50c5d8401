package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelinstagram.model.MediaRef;
import io.github.camelinstagram.model.UserRef;

/**
 * A {@code comments} or {@code live_comments} change: a new comment, a reply (with {@code parent_id}), or an
 * {@literal @}mention in a comment.
 */
public class CommentEvent extends WebhookEvent {

    /** Comment id. */
    @JsonProperty("id")
    private String commentId;
    /** Comment text. */
    @JsonProperty("text")
    private String text;
    /** Author: IGSID and username. */
    @JsonProperty("from")
    private UserRef from;
    /** The media commented on. */
    @JsonProperty("media")
    private MediaRef media;
    /** Id of the comment replied to; null on a top-level comment. */
    @JsonProperty("parent_id")
    private String parentId;
    /** Whether the account itself wrote the comment. */
    @JsonProperty("self_authored")
    private boolean selfAuthored;

    public CommentEvent() {
        super(WebhookFields.COMMENTS);
    }

    public String getCommentId() {
        return commentId;
    }

    public void setCommentId(String commentId) {
        this.commentId = commentId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UserRef getFrom() {
        return from;
    }

    public void setFrom(UserRef from) {
        this.from = from;
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

    /** Whether the comment replies to another comment. */
    public boolean isReply() {
        return parentId != null;
    }

    public boolean isSelfAuthored() {
        return selfAuthored;
    }

    public void setSelfAuthored(boolean selfAuthored) {
        this.selfAuthored = selfAuthored;
    }

    @Override
    public boolean isOwnEvent() {
        return selfAuthored;
    }
}
