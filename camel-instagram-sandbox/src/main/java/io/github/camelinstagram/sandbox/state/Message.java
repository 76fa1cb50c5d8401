package io.github.camelinstagram.sandbox.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A direct message in a conversation, sent by the follower (inbound) or by the account (outbound). Mutated only under
 * the {@link Sandbox} lock.
 */
public final class Message {

    private final String mid;
    private final String conversationId;
    private final String fromId;
    private final String fromUsername;
    private final String toId;
    private final String toUsername;
    private final boolean outbound;
    private final Instant createdTime;
    private final List<Attachment> attachments;
    private final List<QuickReply> quickReplies;
    private final String quickReplyPayload;
    private final String replyToMid;
    private final String privateReplyToCommentId;
    private final Map<String, String> reactions = new LinkedHashMap<>();
    private String text;
    private int editCount;

    public Message(String mid, String conversationId, String fromId, String fromUsername, String toId,
                   String toUsername, boolean outbound, Instant createdTime, String text, List<Attachment> attachments,
                   List<QuickReply> quickReplies, String quickReplyPayload, String replyToMid,
                   String privateReplyToCommentId) {
        this.mid = mid;
        this.conversationId = conversationId;
        this.fromId = fromId;
        this.fromUsername = fromUsername;
        this.toId = toId;
        this.toUsername = toUsername;
        this.outbound = outbound;
        this.createdTime = createdTime;
        this.text = text;
        this.attachments = List.copyOf(attachments);
        this.quickReplies = List.copyOf(quickReplies);
        this.quickReplyPayload = quickReplyPayload;
        this.replyToMid = replyToMid;
        this.privateReplyToCommentId = privateReplyToCommentId;
    }

    public String mid() {
        return mid;
    }

    public String conversationId() {
        return conversationId;
    }

    public String fromId() {
        return fromId;
    }

    public String fromUsername() {
        return fromUsername;
    }

    public String toId() {
        return toId;
    }

    public String toUsername() {
        return toUsername;
    }

    /** Whether the account sent it (an echo in webhooks). */
    public boolean isOutbound() {
        return outbound;
    }

    public Instant createdTime() {
        return createdTime;
    }

    /** The text, or null for an attachment-only message. */
    public String text() {
        return text;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    public List<QuickReply> quickReplies() {
        return quickReplies;
    }

    /** The payload of the quick reply the follower tapped, or null. */
    public String quickReplyPayload() {
        return quickReplyPayload;
    }

    public String replyToMid() {
        return replyToMid;
    }

    /** The comment this message privately replies to, or null. */
    public String privateReplyToCommentId() {
        return privateReplyToCommentId;
    }

    /** Reactions by user id ({@code love}, ...). */
    public Map<String, String> reactions() {
        return reactions;
    }

    public int editCount() {
        return editCount;
    }

    /** Replaces the text, as the follower editing the message does. */
    public void edit(String newText) {
        this.text = newText;
        this.editCount++;
    }
}
