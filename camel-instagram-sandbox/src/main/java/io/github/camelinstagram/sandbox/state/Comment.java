package io.github.camelinstagram.sandbox.state;

import java.time.Instant;

/**
 * A comment on a media, or a reply to a top-level comment. Its author is a follower (IGSID) or the account itself.
 * Mutated only under the {@link Sandbox} lock.
 */
public final class Comment {

    private final String id;
    private final String mediaId;
    private final String parentId;
    private final String authorId;
    private final String authorUsername;
    private final String text;
    private final Instant timestamp;
    private boolean hidden;
    private boolean deleted;
    private boolean privatelyReplied;
    private int likeCount;

    public Comment(String id, String mediaId, String parentId, String authorId, String authorUsername, String text,
                   Instant timestamp) {
        this.id = id;
        this.mediaId = mediaId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorUsername = authorUsername;
        this.text = text;
        this.timestamp = timestamp;
    }

    public String id() {
        return id;
    }

    public String mediaId() {
        return mediaId;
    }

    /** The top-level comment this replies to, or null for a top-level comment. */
    public String parentId() {
        return parentId;
    }

    public boolean isReply() {
        return parentId != null;
    }

    public String authorId() {
        return authorId;
    }

    public String authorUsername() {
        return authorUsername;
    }

    public String text() {
        return text;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void markDeleted() {
        this.deleted = true;
    }

    /** Whether the account already sent this comment's author its one private reply. */
    public boolean isPrivatelyReplied() {
        return privatelyReplied;
    }

    public void markPrivatelyReplied() {
        this.privatelyReplied = true;
    }

    public int likeCount() {
        return likeCount;
    }

    public void setLikeCount(int likeCount) {
        this.likeCount = likeCount;
    }
}
