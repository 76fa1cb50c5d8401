package io.github.camelinstagram.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A direct message to send with {@code instagram:sendMessage}, built fluently when a String body (text) and the
 * attachment headers are not enough:
 *
 * <pre>
 * OutgoingMessage.text("Which size?").quickReply("Small", "SIZE_S").quickReply("Large", "SIZE_L");
 * OutgoingMessage.attachment("image", "https://cdn.example/photo.jpg");
 * OutgoingMessage.text("An agent will follow up").humanAgent();
 * </pre>
 *
 * The recipient comes from {@code CamelInstagramRecipientId} (else {@code CamelInstagramSenderId}) unless
 * {@link #to(String)} names one. Limits are checked by {@link #validate()} before anything is sent.
 */
public final class OutgoingMessage {

    /** Attachment types sent with a URL. */
    public static final Set<String> URL_ATTACHMENTS = Set.of("image", "audio", "video", "file");
    /** The sticker attachment, sent without a payload. */
    public static final String LIKE_HEART = "like_heart";
    /** Share of one of the account's own posts, by id. */
    public static final String MEDIA_SHARE = "MEDIA_SHARE";
    /** Maximum size of a text, in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 1000;
    /** Maximum number of quick replies. */
    public static final int MAX_QUICK_REPLIES = 13;
    /** Maximum length of a quick reply title, in characters. */
    public static final int MAX_QUICK_REPLY_TITLE = 20;

    private String recipientId;
    private String text;
    private String attachmentType;
    private String attachmentValue;
    private String tag;
    private final List<QuickReply> quickReplies = new ArrayList<>();

    private OutgoingMessage() {
    }

    /** A text or link message. */
    public static OutgoingMessage text(String text) {
        OutgoingMessage message = new OutgoingMessage();
        message.text = text;
        return message;
    }

    /**
     * An attachment: {@code image}, {@code audio}, {@code video} or {@code file} with its public URL, {@code like_heart}
     * (value ignored) or {@code MEDIA_SHARE} with the id of the account's own post.
     */
    public static OutgoingMessage attachment(String type, String urlOrPostId) {
        OutgoingMessage message = new OutgoingMessage();
        message.attachmentType = normalizeType(type);
        message.attachmentValue = urlOrPostId;
        return message;
    }

    /** The like_heart sticker. */
    public static OutgoingMessage likeHeart() {
        return attachment(LIKE_HEART, null);
    }

    /** A share of one of the account's own posts. */
    public static OutgoingMessage mediaShare(String postId) {
        return attachment(MEDIA_SHARE, postId);
    }

    /** Sends to this IGSID instead of the recipient headers. */
    public OutgoingMessage to(String igsid) {
        this.recipientId = igsid;
        return this;
    }

    /** Adds a quick reply button (text messages only). */
    public OutgoingMessage quickReply(String title, String payload) {
        quickReplies.add(new QuickReply(title, payload));
        return this;
    }

    /** Sends with a message tag ({@code messaging_type: MESSAGE_TAG}). */
    public OutgoingMessage tag(String messageTag) {
        this.tag = messageTag;
        return this;
    }

    /** Sends with the HUMAN_AGENT tag: a human may answer up to 7 days after the user's last message. */
    public OutgoingMessage humanAgent() {
        return tag("HUMAN_AGENT");
    }

    public String getRecipientId() {
        return recipientId;
    }

    public String getText() {
        return text;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    /** The attachment's URL, or the post id of a MEDIA_SHARE. */
    public String getAttachmentValue() {
        return attachmentValue;
    }

    public String getTag() {
        return tag;
    }

    public List<QuickReply> getQuickReplies() {
        return Collections.unmodifiableList(quickReplies);
    }

    /** Whether the message has a text or an attachment to send. */
    public boolean hasContent() {
        return text != null && !text.isBlank() || attachmentType != null;
    }

    /**
     * Checks the documented limits.
     *
     * @throws IllegalArgumentException saying what to fix
     */
    public void validate() {
        if (!hasContent()) {
            throw new IllegalArgumentException("No message content: send a String body (the text), the header"
                                               + " CamelInstagramAttachmentType, or an OutgoingMessage");
        }
        if (text != null && attachmentType != null) {
            throw new IllegalArgumentException("A message has either a text or an attachment: send them as two messages");
        }
        if (text != null) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_TEXT_BYTES) {
                throw new IllegalArgumentException("The message text has " + bytes + " UTF-8 bytes; Instagram accepts"
                                                   + " at most " + MAX_TEXT_BYTES + ": shorten it or split it");
            }
        }
        validateAttachment();
        validateQuickReplies();
        if (tag != null && tag.isBlank()) {
            throw new IllegalArgumentException("The message tag is blank: use HUMAN_AGENT, or no tag");
        }
    }

    private void validateAttachment() {
        if (attachmentType == null) {
            return;
        }
        if (URL_ATTACHMENTS.contains(attachmentType)) {
            if (attachmentValue == null || !(attachmentValue.startsWith("https://")
                                             || attachmentValue.startsWith("http://"))) {
                throw new IllegalArgumentException("An " + attachmentType + " attachment needs the public http(s) URL"
                                                   + " of the file (header CamelInstagramAttachmentUrl), not '"
                                                   + attachmentValue + "'");
            }
        } else if (MEDIA_SHARE.equals(attachmentType)) {
            if (attachmentValue == null || attachmentValue.isBlank()) {
                throw new IllegalArgumentException("A MEDIA_SHARE attachment needs the id of the account's own post"
                                                   + " (header CamelInstagramAttachmentUrl)");
            }
        } else if (!LIKE_HEART.equals(attachmentType)) {
            throw new IllegalArgumentException("Unknown attachment type '" + attachmentType + "': use image, audio,"
                                               + " video, file, like_heart or MEDIA_SHARE");
        }
        if (!quickReplies.isEmpty()) {
            throw new IllegalArgumentException("Quick replies go with a text message, not with an attachment");
        }
    }

    private void validateQuickReplies() {
        if (quickReplies.size() > MAX_QUICK_REPLIES) {
            throw new IllegalArgumentException("The message has " + quickReplies.size() + " quick replies; Instagram"
                                               + " accepts at most " + MAX_QUICK_REPLIES);
        }
        for (QuickReply reply : quickReplies) {
            if (reply.title() == null || reply.title().isBlank()) {
                throw new IllegalArgumentException("A quick reply has no title");
            }
            if (reply.title().codePointCount(0, reply.title().length()) > MAX_QUICK_REPLY_TITLE) {
                throw new IllegalArgumentException("The quick reply title '" + reply.title() + "' is longer than "
                                                   + MAX_QUICK_REPLY_TITLE + " characters");
            }
            if (reply.payload() == null || reply.payload().isBlank()) {
                throw new IllegalArgumentException("The quick reply '" + reply.title() + "' has no payload");
            }
        }
    }

    private static String normalizeType(String type) {
        if (type == null) {
            return null;
        }
        String trimmed = type.trim();
        return MEDIA_SHARE.equalsIgnoreCase(trimmed) ? MEDIA_SHARE : trimmed.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "OutgoingMessage{recipientId=" + recipientId + ", text=" + text + ", attachmentType=" + attachmentType
               + ", quickReplies=" + quickReplies.size() + ", tag=" + tag + "}";
    }

    /**
     * A quick reply button.
     *
     * @param title   shown to the user, at most 20 characters
     * @param payload sent back in the webhook when the user taps it
     */
    public record QuickReply(String title, String payload) {
    }
}
