package io.github.camelinstagram.webhook.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code message} of a {@code messages} event: text, attachments, and what it replies to or comes from.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class InstagramMessage {

    /** Message id. */
    @JsonProperty("mid")
    private String mid;
    /** Text; null when the message only has attachments. */
    @JsonProperty("text")
    private String text;
    /** Attachments: image, video, audio, file, share, story_mention, ig_reel, reel, ig_post, or a type Meta adds later. */
    @JsonProperty("attachments")
    private List<Attachment> attachments;
    /** Whether the account itself sent the message. */
    @JsonProperty("is_echo")
    private boolean echo;
    /** Whether the user deleted (unsent) the message. */
    @JsonProperty("is_deleted")
    private boolean deleted;
    /** Whether the message holds content the API does not deliver. */
    @JsonProperty("is_unsupported")
    private boolean unsupported;
    /** The quick reply the user tapped. */
    @JsonProperty("quick_reply")
    private QuickReply quickReply;
    /** The message or story this message replies to. */
    @JsonProperty("reply_to")
    private ReplyTo replyTo;
    /** The ad or link the conversation came from. */
    @JsonProperty("referral")
    private Referral referral;

    public String getMid() {
        return mid;
    }

    public void setMid(String mid) {
        this.mid = mid;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Attachment> attachments) {
        this.attachments = attachments;
    }

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public boolean isUnsupported() {
        return unsupported;
    }

    public void setUnsupported(boolean unsupported) {
        this.unsupported = unsupported;
    }

    public QuickReply getQuickReply() {
        return quickReply;
    }

    public void setQuickReply(QuickReply quickReply) {
        this.quickReply = quickReply;
    }

    public ReplyTo getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(ReplyTo replyTo) {
        this.replyTo = replyTo;
    }

    public Referral getReferral() {
        return referral;
    }

    public void setReferral(Referral referral) {
        this.referral = referral;
    }

    @Override
    public String toString() {
        return "InstagramMessage{mid=" + mid + ", echo=" + echo + ", deleted=" + deleted + ", unsupported=" + unsupported + ", quickReply=" + quickReply + ", replyTo=" + replyTo + ", referral=" + referral + "}";
    }
}
