package io.github.camelinstagram.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.graph.MessagingLimiter.Bucket;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Attachment;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.sandbox.state.Follower;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Mentions;
import io.github.camelinstagram.sandbox.state.Message;
import io.github.camelinstagram.sandbox.state.QuickReply;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.support.Json;

/**
 * The Send API, {@code POST /{ig-id}/messages} (JSON body, or form parameters holding JSON): messages, attachments,
 * quick replies, sender actions and private replies, with the rules of section D.
 * <ul>
 * <li>A message or sender action reaches a follower only within 24 hours of the follower's last message, or 7 days
 * with {@code messaging_type: MESSAGE_TAG, tag: HUMAN_AGENT}; else 10/2534022.</li>
 * <li>A private reply ({@code recipient.comment_id}) goes once per comment, within 7 days of the comment, with text
 * only: a second one is refused with 10/2534025, a late one with 10/2534022.</li>
 * <li>An unknown recipient is refused with 100/2534014; text is at most 1,000 UTF-8 bytes; at most 13 quick replies
 * with titles of at most 20 characters.</li>
 * <li>Rate limits: text, stickers, shares and sender actions count in the 100/s bucket, audio and video in the 10/s
 * bucket, private replies in the 750/h bucket.</li>
 * </ul>
 */
final class SendApi {

    static final int MAX_TEXT_BYTES = 1000;
    static final int MAX_QUICK_REPLIES = 13;
    static final int MAX_QUICK_REPLY_TITLE = 20;
    private static final Duration PRIVATE_REPLY_WINDOW = Duration.ofDays(7);
    private static final Set<String> SENDER_ACTIONS = Set.of("react", "unreact", "typing_on", "typing_off",
            "mark_seen");

    private final Sandbox sandbox;
    private final MessagingLimiter limiter;

    SendApi(Sandbox sandbox, MessagingLimiter limiter) {
        this.sandbox = sandbox;
        this.limiter = limiter;
    }

    Object send(GraphCall call, Account account) {
        JsonNode recipient = call.jsonParam("recipient");
        if (recipient == null || !recipient.isObject()) {
            throw GraphErrors.invalidParameter("The parameter recipient is required");
        }
        Duration window = window(call);
        String commentId = Json.text(recipient, "comment_id");
        if (commentId != null) {
            return privateReply(call, account, commentId);
        }
        String igsid = Json.text(recipient, "id");
        if (igsid == null || igsid.isBlank()) {
            throw GraphErrors.invalidParameter("param recipient[id] must be non-empty.");
        }
        Follower follower = sandbox.follower(igsid).orElseThrow(GraphErrors::userNotFound);
        Conversation conversation = sandbox.conversation(account.userId(), igsid).orElse(null);
        String action = call.param("sender_action");
        if (action != null) {
            return senderAction(call, account, follower, conversation, action, window);
        }
        Content content = content(call.jsonParam("message"), account);
        limiter.acquire(content.isAudioOrVideo() ? Bucket.SEND_MEDIA : Bucket.SEND_TEXT, account.userId(),
                call.now());
        requireOpen(conversation, call, window);
        Message message = sandbox.send(conversation, content.text(), content.attachments(), content.quickReplies(),
                null);
        return MessagingEndpoints.sent(follower.igsid(), message.mid());
    }

    private Object privateReply(GraphCall call, Account account, String commentId) {
        Comment comment = sandbox.comment(commentId)
                .filter(c -> sandbox.media(c.mediaId()).map(m -> m.ownerId().equals(account.userId())).orElse(false)
                             || Mentions.mentions(c.text(), account.username()))
                .orElseThrow(() -> GraphErrors.invalidParameter("No comment " + commentId
                                                                + " on this account's media or mentioning it"));
        if (comment.authorId().equals(account.userId())) {
            throw GraphErrors.invalidParameter("A private reply cannot answer the account's own comment");
        }
        Follower author = sandbox.follower(comment.authorId()).orElseThrow(GraphErrors::userNotFound);
        Content content = content(call.jsonParam("message"), account);
        if (content.text() == null || !content.attachments().isEmpty()) {
            throw GraphErrors.invalidParameter("A private reply holds text only");
        }
        limiter.acquire(Bucket.PRIVATE_REPLIES, account.userId(), call.now());
        if (comment.isPrivatelyReplied()) {
            throw GraphErrors.privateReplyAlreadySent();
        }
        if (!call.now().isBefore(comment.timestamp().plus(PRIVATE_REPLY_WINDOW))) {
            throw GraphErrors.outsideWindow();
        }
        Conversation conversation = sandbox.openConversation(account.userId(), author);
        Message message = sandbox.send(conversation, content.text(), List.of(), content.quickReplies(), commentId);
        comment.markPrivatelyReplied();
        return MessagingEndpoints.sent(author.igsid(), message.mid());
    }

    private Object senderAction(GraphCall call, Account account, Follower follower, Conversation conversation,
                                String action, Duration window) {
        if (!SENDER_ACTIONS.contains(action)) {
            throw GraphErrors.invalidParameter("Param sender_action must be one of {react, unreact, typing_on,"
                                               + " typing_off, mark_seen}");
        }
        limiter.acquire(Bucket.SEND_TEXT, account.userId(), call.now());
        requireOpen(conversation, call, window);
        if (action.equals("react") || action.equals("unreact")) {
            JsonNode payload = call.jsonParam("payload");
            String mid = Json.text(payload, "message_id");
            Message target = sandbox.message(mid).filter(m -> m.conversationId().equals(conversation.id()))
                    .orElseThrow(() -> GraphErrors.invalidParameter("Param payload[message_id] must be a message of"
                                                                    + " the conversation with " + follower.igsid()));
            String reaction = Json.text(payload, "reaction");
            sandbox.accountReacts(target, action, reaction == null || reaction.isBlank() ? "love" : reaction);
        }
        return MessagingEndpoints.sent(follower.igsid(), null);
    }

    private static void requireOpen(Conversation conversation, GraphCall call, Duration window) {
        if (conversation == null || !conversation.isOpen(call.now(), window)) {
            throw GraphErrors.outsideWindow();
        }
    }

    private static Duration window(GraphCall call) {
        String type = call.param("messaging_type");
        String tag = call.param("tag");
        if (type != null && !Set.of("RESPONSE", "UPDATE", "MESSAGE_TAG").contains(type)) {
            throw GraphErrors.invalidParameter("Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}");
        }
        if ("MESSAGE_TAG".equals(type) && (tag == null || tag.isBlank())) {
            throw GraphErrors.invalidParameter("Param tag is required with messaging_type MESSAGE_TAG");
        }
        if (tag == null) {
            return Conversation.STANDARD_WINDOW;
        }
        if (!"HUMAN_AGENT".equals(tag)) {
            throw GraphErrors.invalidParameter("Param tag must be HUMAN_AGENT: Instagram messaging supports no other"
                                               + " tag");
        }
        if (type != null && !"MESSAGE_TAG".equals(type)) {
            throw GraphErrors.invalidParameter("Param tag needs messaging_type MESSAGE_TAG");
        }
        return Conversation.HUMAN_AGENT_WINDOW;
    }

    private Content content(JsonNode message, Account account) {
        if (message == null || !message.isObject()) {
            throw GraphErrors.invalidParameter("The parameter message is required");
        }
        String text = Json.text(message, "text");
        JsonNode attachment = message.get("attachment");
        if (text == null && attachment == null) {
            throw GraphErrors.invalidParameter("The parameter message must hold text or an attachment");
        }
        if (text != null && attachment != null) {
            throw GraphErrors.invalidParameter("Only one of message[text] and message[attachment] may be set");
        }
        if (text != null) {
            if (text.isBlank()) {
                throw GraphErrors.invalidParameter("Param message[text] must be non-empty");
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_TEXT_BYTES) {
                throw GraphErrors.invalidParameter("Length of param message[text] must be less than or equal to "
                                                   + MAX_TEXT_BYTES + " bytes (UTF-8), got " + bytes);
            }
        }
        List<QuickReply> quickReplies = quickReplies(message.get("quick_replies"), text != null);
        List<Attachment> attachments = attachment == null ? List.of() : List.of(attachment(attachment, account));
        return new Content(text, attachments, quickReplies);
    }

    private static List<QuickReply> quickReplies(JsonNode node, boolean hasText) {
        List<QuickReply> replies = new ArrayList<>();
        if (node == null || node.isNull()) {
            return replies;
        }
        if (!hasText) {
            throw GraphErrors.invalidParameter("Quick replies go with a text message");
        }
        if (!node.isArray() || node.size() > MAX_QUICK_REPLIES || node.isEmpty()) {
            throw GraphErrors.invalidParameter("Param message[quick_replies] must be an array of 1 to "
                                               + MAX_QUICK_REPLIES + " items");
        }
        for (JsonNode item : node) {
            String type = Json.text(item, "content_type");
            if (!"text".equals(type)) {
                throw GraphErrors.invalidParameter("Param message[quick_replies][content_type] must be text");
            }
            String title = Json.text(item, "title");
            String payload = Json.text(item, "payload");
            if (title == null || title.isBlank() || title.length() > MAX_QUICK_REPLY_TITLE) {
                throw GraphErrors.invalidParameter("Param message[quick_replies][title] must have 1 to "
                                                   + MAX_QUICK_REPLY_TITLE + " characters");
            }
            if (payload == null || payload.isBlank()) {
                throw GraphErrors.invalidParameter("Param message[quick_replies][payload] must be non-empty");
            }
            replies.add(new QuickReply(type, title, payload));
        }
        return replies;
    }

    private Attachment attachment(JsonNode attachment, Account account) {
        String type = Json.text(attachment, "type");
        JsonNode payload = attachment.get("payload");
        if (type == null) {
            throw GraphErrors.invalidParameter("Param message[attachment][type] is required");
        }
        return switch (type) {
            case "image", "audio", "video", "file" -> {
                String url = Json.text(payload, "url");
                if (url == null || !(url.toLowerCase(Locale.ROOT).startsWith("http://")
                                     || url.toLowerCase(Locale.ROOT).startsWith("https://"))) {
                    throw GraphErrors.invalidParameter("Param message[attachment][payload][url] must be a http(s)"
                                                       + " URL");
                }
                yield new Attachment(type, url, null);
            }
            case "like_heart" -> new Attachment(type, null, null);
            case "MEDIA_SHARE" -> {
                String id = Json.text(payload, "id");
                Media shared = sandbox.media(id).filter(m -> m.ownerId().equals(account.userId()) && !m.isChild())
                        .orElseThrow(() -> GraphErrors.invalidParameter("Param message[attachment][payload][id] must"
                                                                        + " be a post of this account"));
                yield new Attachment(type, null, shared.id());
            }
            default -> throw GraphErrors.invalidParameter("Param message[attachment][type] must be one of {image,"
                                                          + " audio, video, file, like_heart, MEDIA_SHARE}");
        };
    }

    /** What a message holds. */
    private record Content(String text, List<Attachment> attachments, List<QuickReply> quickReplies) {
        boolean isAudioOrVideo() {
            return attachments.stream().anyMatch(a -> a.type().equals("audio") || a.type().equals("video"));
        }
    }
}
