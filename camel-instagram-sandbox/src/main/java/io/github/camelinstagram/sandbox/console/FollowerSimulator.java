package io.github.camelinstagram.sandbox.console;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Attachment;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.sandbox.state.Follower;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Mentions;
import io.github.camelinstagram.sandbox.state.Message;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.support.Json;
import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * Acts as a follower towards an account, as the Instagram app would let them: comment (or reply to a top-level
 * comment) on the account's media, mention the account in a comment on their own post, send a DM (text, attachment,
 * quick reply tap, reply to a message), react, read the thread, tap a postback button, open the thread from a
 * referral link, edit a message. Each action changes the state and notifies the webhook the real platform would send.
 * Every method takes the request's JSON body and runs under the sandbox lock.
 */
final class FollowerSimulator {

    private static final Set<String> ATTACHMENT_TYPES = Set.of("image", "video", "audio", "file");

    private final Sandbox sandbox;

    FollowerSimulator(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** {@code {from, mediaId, text, parentId?}}: a comment, or a reply to a top-level comment, on the account media. */
    Map<String, Object> comment(Account account, JsonNode body) {
        Follower follower = follower(body);
        String mediaId = required(body, "mediaId");
        Media media = sandbox.media(mediaId).filter(m -> m.ownerId().equals(account.userId()) && !m.isChild())
                .orElseThrow(() -> ControlException.notFound("No media " + mediaId + " of @" + account.username()));
        String text = required(body, "text");
        Comment parent = parent(media, Json.text(body, "parentId"));
        checkCommentable(media);
        Comment comment = sandbox.addComment(media, follower.igsid(), follower.username(), text, parent);
        return Ordered.map("id", comment.id(), "mediaId", media.id(), "parentId", comment.parentId());
    }

    /**
     * {@code {from, text, mediaId?}}: a comment that @-mentions the account on the follower's own post (the given one,
     * else their latest, else a new one), notified to the account as a {@code comments} change.
     */
    Map<String, Object> mention(Account account, JsonNode body) {
        Follower follower = follower(body);
        String text = required(body, "text");
        if (!Mentions.mentions(text, account.username())) {
            text = "@" + account.username() + " " + text;
        }
        String mediaId = Json.text(body, "mediaId");
        Media media;
        if (mediaId != null && !mediaId.isBlank()) {
            media = sandbox.media(mediaId).filter(m -> !m.isChild())
                    .orElseThrow(() -> ControlException.notFound("No media " + mediaId));
        } else {
            media = sandbox.mediaOf(follower.igsid(), false).stream().findFirst()
                    .orElseGet(() -> sandbox.addMedia(newPost(follower)));
        }
        checkCommentable(media);
        Comment comment = sandbox.addComment(media, follower.igsid(), follower.username(), text, null);
        return Ordered.map("id", comment.id(), "mediaId", media.id());
    }

    /** {@code {from, text?, attachment?{type,url}, quickReplyPayload?, replyTo?}}: a DM to the account. */
    Map<String, Object> message(Account account, JsonNode body) {
        Follower follower = follower(body);
        Conversation conversation = sandbox.openConversation(account.userId(), follower);
        String text = blankToNull(Json.text(body, "text"));
        JsonNode attachmentNode = body.get("attachment");
        List<Attachment> attachments = List.of();
        if (attachmentNode != null && attachmentNode.isObject()) {
            String type = Json.text(attachmentNode, "type");
            if (type == null || !ATTACHMENT_TYPES.contains(type)) {
                throw ControlException.badRequest("attachment.type must be one of " + ATTACHMENT_TYPES);
            }
            String url = blankToNull(Json.text(attachmentNode, "url"));
            if (url == null) {
                url = sandbox.baseUrl() + "/sandbox/cdn/" + sandbox.ids().shortcode() + extension(type);
            }
            attachments = List.of(new Attachment(type, url, null));
        }
        if (text == null && attachments.isEmpty()) {
            throw ControlException.badRequest("A message needs text or an attachment");
        }
        String replyTo = blankToNull(Json.text(body, "replyTo"));
        if (replyTo != null) {
            messageIn(conversation, replyTo);
        }
        String quickReply = blankToNull(Json.text(body, "quickReplyPayload"));
        if (quickReply != null && text == null) {
            throw ControlException.badRequest("A quick reply tap sends the button's title as text: give text too");
        }
        Message message = sandbox.receive(conversation, text, attachments, quickReply, replyTo);
        return Ordered.map("mid", message.mid(), "conversationId", conversation.id());
    }

    /** {@code {from, mid, reaction?, action?}}: reacts (default {@code love}) or unreacts to a message. */
    Map<String, Object> reaction(Account account, JsonNode body) {
        Conversation conversation = existingConversation(account, follower(body));
        Message message = messageIn(conversation, required(body, "mid"));
        String action = Json.text(body, "action") == null ? "react" : Json.text(body, "action");
        if (!action.equals("react") && !action.equals("unreact")) {
            throw ControlException.badRequest("action must be react or unreact");
        }
        String reaction = Json.text(body, "reaction") == null ? "love" : Json.text(body, "reaction");
        sandbox.followerReacts(conversation, message, action, reaction);
        return Ordered.map("mid", message.mid(), "action", action, "reaction", reaction);
    }

    /** {@code {from, mid?}}: the follower saw the thread, up to the given message or the account's latest. */
    Map<String, Object> read(Account account, JsonNode body) {
        Conversation conversation = existingConversation(account, follower(body));
        String mid = blankToNull(Json.text(body, "mid"));
        Message message = mid != null ? messageIn(conversation, mid)
                : conversation.messages().stream().filter(Message::isOutbound)
                        .max(Comparator.comparing(Message::createdTime))
                        .orElseThrow(() -> ControlException.conflict("The account sent no message in this thread"));
        sandbox.followerReads(conversation, message);
        return Ordered.map("mid", message.mid());
    }

    /** {@code {from, title, payload}}: the follower tapped a button. */
    Map<String, Object> postback(Account account, JsonNode body) {
        Follower follower = follower(body);
        Conversation conversation = sandbox.openConversation(account.userId(), follower);
        String mid = sandbox.followerPostback(conversation, required(body, "title"), required(body, "payload"));
        return Ordered.map("mid", mid);
    }

    /** {@code {from, ref, source?}}: the follower opened the thread from a link ({@code ig.me/...?ref=}). */
    Map<String, Object> referral(Account account, JsonNode body) {
        Follower follower = follower(body);
        Conversation conversation = sandbox.openConversation(account.userId(), follower);
        String source = Json.text(body, "source") == null ? "SHORTLINK" : Json.text(body, "source");
        sandbox.followerReferral(conversation, required(body, "ref"), source);
        return Ordered.map("conversationId", conversation.id());
    }

    /** {@code {from, mid, text}}: the follower edits one of their messages. */
    Map<String, Object> edit(Account account, JsonNode body) {
        Follower follower = follower(body);
        Conversation conversation = existingConversation(account, follower);
        Message message = messageIn(conversation, required(body, "mid"));
        if (message.isOutbound()) {
            throw ControlException.conflict("A follower can only edit their own messages");
        }
        sandbox.followerEdits(conversation, message, required(body, "text"));
        return Ordered.map("mid", message.mid(), "numEdit", message.editCount());
    }

    private Follower follower(JsonNode body) {
        String id = required(body, "from");
        return sandbox.follower(id).orElseThrow(() -> ControlException.notFound("No follower " + id));
    }

    private Conversation existingConversation(Account account, Follower follower) {
        return sandbox.conversation(account.userId(), follower.igsid()).orElseThrow(() -> ControlException.conflict(
                "@" + follower.username() + " has no conversation with @" + account.username()));
    }

    private Message messageIn(Conversation conversation, String mid) {
        return sandbox.message(mid).filter(m -> m.conversationId().equals(conversation.id()))
                .orElseThrow(() -> ControlException.notFound("No message " + mid + " in this conversation"));
    }

    private Comment parent(Media media, String parentId) {
        if (parentId == null || parentId.isBlank()) {
            return null;
        }
        Comment parent = sandbox.comment(parentId).filter(c -> c.mediaId().equals(media.id()))
                .orElseThrow(() -> ControlException.notFound("No comment " + parentId + " on media " + media.id()));
        if (parent.isReply()) {
            throw ControlException.conflict("Instagram only takes replies to top-level comments: " + parentId
                                            + " is a reply");
        }
        return parent;
    }

    private static void checkCommentable(Media media) {
        if ("STORY".equals(media.productType())) {
            throw ControlException.conflict("Stories cannot be commented on");
        }
        if (!media.isCommentEnabled()) {
            throw ControlException.conflict("Comments are disabled on media " + media.id());
        }
    }

    private Media newPost(Follower follower) {
        String id = sandbox.ids().media();
        return new Media(id, follower.igsid(), follower.username(), "IMAGE", "FEED",
                "Photo by @" + follower.username(), sandbox.baseUrl() + "/sandbox/cdn/" + id + ".jpg", null,
                sandbox.ids().shortcode(), sandbox.now(), null, true, null);
    }

    private static String extension(String type) {
        return switch (type) {
            case "video" -> ".mp4";
            case "audio" -> ".m4a";
            case "file" -> ".pdf";
            default -> ".jpg";
        };
    }

    private static String required(JsonNode body, String field) {
        String value = Json.text(body, field);
        if (value == null || value.isBlank()) {
            throw ControlException.badRequest("The field " + field + " is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
