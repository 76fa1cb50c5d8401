package io.github.camelinstagram.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.model.Conversation;
import io.github.camelinstagram.model.Message;
import io.github.camelinstagram.model.MessageResponse;
import io.github.camelinstagram.model.OutgoingMessage;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import org.apache.camel.RuntimeCamelException;

/**
 * Direct messages: sendMessage, privateReply, react, unreact, sendAction, listConversations, listMessages,
 * getMessage. Every call counts against the documented per-account messaging limit of its kind.
 * <p>
 * Retries: sending a message or a private reply is retried only after a throttling answer (never twice delivered);
 * reactions and sender actions set a state and are retried after a transient failure too.
 */
public final class MessagingOperations {

    static final String MESSAGE_FIELDS = "id,created_time,from,to,message";
    static final Set<String> SENDER_ACTIONS = Set.of("typing_on", "typing_off", "mark_seen");
    static final String LIVE_COMMENTS = "live_comments";

    private MessagingOperations() {
    }

    /**
     * {@code POST /{account}/messages}: the String body as text, the attachment headers as an attachment (both: two
     * messages, the attachment first), or an {@link OutgoingMessage} body. Body: the {@link MessageResponse} of the
     * last message sent; its id in {@code CamelInstagramId}.
     */
    public static CompletableFuture<OperationResult> sendMessage(OperationContext ctx) {
        List<OutgoingMessage> messages = outgoing(ctx);
        String recipientHeader = recipientHeader(ctx);
        String tag = ctx.header(InstagramConstants.MESSAGING_TAG);
        List<PendingSend> sends = new ArrayList<>();
        for (OutgoingMessage message : messages) {
            if (tag != null && message.getTag() == null) {
                message.tag(tag);
            }
            message.validate();
            String recipient = message.getRecipientId() != null ? message.getRecipientId() : recipientHeader;
            if (recipient == null) {
                throw new IllegalArgumentException("No recipient: set the header " + InstagramConstants.RECIPIENT_ID
                                                   + " (or " + InstagramConstants.SENDER_ID + ", which the webhook"
                                                   + " consumer sets)");
            }
            sends.add(PendingSend.of(ctx, sendBody(ctx, message, recipient), quotaOf(message), false));
        }
        return ctx.accountId().thenCompose(account -> sendInOrder(ctx, account, sends, 0));
    }

    /** {@code POST /{account}/messages} with {@code recipient.comment_id}: one private reply per comment. */
    public static CompletableFuture<OperationResult> privateReply(OperationContext ctx) {
        String comment = ctx.requireHeader(InstagramConstants.COMMENT_ID, "comment to answer privately");
        OutgoingMessage message = OutgoingMessage.text(ctx.requireTextBody("private reply text"));
        message.validate();
        ObjectNode body = ctx.mapper().createObjectNode();
        body.putObject("recipient").put("comment_id", comment);
        body.putObject("message").put("text", message.getText());
        MessagingQuota quota = LIVE_COMMENTS.equals(ctx.header(InstagramConstants.FIELD))
                ? MessagingQuota.PRIVATE_REPLY_LIVE : MessagingQuota.PRIVATE_REPLY;
        return send(ctx, body, quota, false);
    }

    /** {@code sender_action: react} on a message, with {@code CamelInstagramReaction} (default love). */
    public static CompletableFuture<OperationResult> react(OperationContext ctx) {
        return reaction(ctx, true);
    }

    /** {@code sender_action: unreact}: removes the account's reaction from a message. */
    public static CompletableFuture<OperationResult> unreact(OperationContext ctx) {
        return reaction(ctx, false);
    }

    /** {@code sender_action: typing_on | typing_off | mark_seen}. */
    public static CompletableFuture<OperationResult> sendAction(OperationContext ctx) {
        String recipient = requireRecipient(ctx);
        String action = ctx.requireHeader(InstagramConstants.SENDER_ACTION, "sender action");
        if (!SENDER_ACTIONS.contains(action)) {
            throw new IllegalArgumentException("Unknown sender action '" + action + "': use typing_on, typing_off or"
                                               + " mark_seen");
        }
        ObjectNode body = ctx.mapper().createObjectNode();
        body.putObject("recipient").put("id", recipient);
        body.put("sender_action", action);
        return send(ctx, body, MessagingQuota.SEND, true);
    }

    /** {@code GET /{account}/conversations?platform=instagram[&user_id=]}, one page: a list of {@link Conversation}. */
    public static CompletableFuture<OperationResult> listConversations(OperationContext ctx) {
        String user = ctx.header(InstagramConstants.RECIPIENT_ID);
        String fields = ctx.config().getFields();
        return ctx.accountId().thenCompose(account -> ctx.fetchPage(GraphRequest.get(account, "conversations")
                .query("platform", "instagram").query("user_id", user)
                .query("fields", fields == null || fields.isBlank() ? null : fields.replace(" ", ""))
                .quota(MessagingQuota.CONVERSATIONS), Conversation.class));
    }

    /**
     * {@code GET /{conversation}?fields=messages}: the list of the conversation's messages, newest first. The API
     * answers with its most recent messages; with {@code fields=messages{id,created_time,from,to,message}} they carry
     * their details.
     */
    public static CompletableFuture<OperationResult> listMessages(OperationContext ctx) {
        String conversation = ctx.requireHeader(InstagramConstants.CONVERSATION_ID, "conversation id");
        GraphRequest request = GraphRequest.get(conversation).query("fields", ctx.fields("messages"))
                .quota(MessagingQuota.CONVERSATIONS);
        return ctx.fetch(request, Conversation.class).thenApply(found -> OperationResult.of(
                found.getMessages() == null || found.getMessages().getData() == null ? List.of()
                        : found.getMessages().getData()));
    }

    /** {@code GET /{message}?fields=id,created_time,from,to,message}: a {@link Message}. */
    public static CompletableFuture<OperationResult> getMessage(OperationContext ctx) {
        String message = ctx.requireHeader(InstagramConstants.MESSAGE_ID, "message id");
        return ctx.fetch(GraphRequest.get(message).query("fields", ctx.fields(MESSAGE_FIELDS))
                .quota(MessagingQuota.CONVERSATIONS), Message.class).thenApply(OperationResult::of);
    }

    private static CompletableFuture<OperationResult> reaction(OperationContext ctx, boolean add) {
        String recipient = requireRecipient(ctx);
        String message = ctx.requireHeader(InstagramConstants.MESSAGE_ID, "message to " + (add ? "react" : "unreact")
                                                                          + " to");
        ObjectNode body = ctx.mapper().createObjectNode();
        body.putObject("recipient").put("id", recipient);
        body.put("sender_action", add ? "react" : "unreact");
        ObjectNode payload = body.putObject("payload").put("message_id", message);
        if (add) {
            String reaction = ctx.header(InstagramConstants.REACTION);
            payload.put("reaction", reaction == null ? "love" : reaction);
        }
        return send(ctx, body, MessagingQuota.SEND, true);
    }

    private static CompletableFuture<OperationResult> send(OperationContext ctx, ObjectNode body, MessagingQuota quota,
                                                           boolean idempotent) {
        PendingSend pending = PendingSend.of(ctx, body, quota, idempotent);
        return ctx.accountId().thenCompose(account -> sendInOrder(ctx, account, List.of(pending), 0));
    }

    /** Sends one message after the other: the next only once the previous was accepted. */
    private static CompletableFuture<OperationResult> sendInOrder(OperationContext ctx, String account,
                                                                  List<PendingSend> sends, int index) {
        PendingSend pending = sends.get(index);
        CompletableFuture<MessageResponse> answered = pending.createsMessage()
                ? ctx.fetchCreated(pending.to(account), MessageResponse.class, MessageResponse::getMessageId,
                        "message_id")
                : ctx.fetch(pending.to(account), MessageResponse.class);
        return answered.thenCompose(sent -> index + 1 < sends.size()
                ? sendInOrder(ctx, account, sends, index + 1)
                : CompletableFuture.completedFuture(OperationResult.created(sent, sent.getMessageId())));
    }

    /**
     * A Send API body ready to go, before the account (its path) is known. Messages and private replies are answered
     * with the {@code message_id} of what was sent (an answer without one leaves open whether it was sent); reactions
     * and sender actions, which set a state, are answered with the recipient only.
     */
    private record PendingSend(byte[] json, MessagingQuota quota, boolean idempotent) {

        static PendingSend of(OperationContext ctx, ObjectNode body, MessagingQuota quota, boolean idempotent) {
            try {
                return new PendingSend(ctx.mapper().writeValueAsBytes(body), quota, idempotent);
            } catch (JsonProcessingException e) {
                throw new RuntimeCamelException("Cannot write the message as JSON", e);
            }
        }

        GraphRequest to(String account) {
            return GraphRequest.post(account, "messages").json(json).quota(quota).idempotent(idempotent);
        }

        boolean createsMessage() {
            return !idempotent;
        }
    }

    private static ObjectNode sendBody(OperationContext ctx, OutgoingMessage message, String recipient) {
        ObjectNode body = ctx.mapper().createObjectNode();
        body.putObject("recipient").put("id", recipient);
        if (message.getTag() != null) {
            body.put("messaging_type", "MESSAGE_TAG");
            body.put("tag", message.getTag());
        }
        ObjectNode content = body.putObject("message");
        if (message.getText() != null) {
            content.put("text", message.getText());
            if (!message.getQuickReplies().isEmpty()) {
                ArrayNode replies = content.putArray("quick_replies");
                message.getQuickReplies().forEach(reply -> replies.addObject().put("content_type", "text")
                        .put("title", reply.title()).put("payload", reply.payload()));
            }
        } else {
            ObjectNode attachment = content.putObject("attachment").put("type", message.getAttachmentType());
            if (OutgoingMessage.MEDIA_SHARE.equals(message.getAttachmentType())) {
                attachment.putObject("payload").put("id", message.getAttachmentValue());
            } else if (!OutgoingMessage.LIKE_HEART.equals(message.getAttachmentType())) {
                attachment.putObject("payload").put("url", message.getAttachmentValue());
            }
        }
        return body;
    }

    private static MessagingQuota quotaOf(OutgoingMessage message) {
        String type = message.getAttachmentType();
        return "audio".equals(type) || "video".equals(type) ? MessagingQuota.SEND_AUDIO_VIDEO : MessagingQuota.SEND;
    }

    private static List<OutgoingMessage> outgoing(OperationContext ctx) {
        Object body = ctx.exchange().getMessage().getBody();
        if (body instanceof OutgoingMessage message) {
            return List.of(message);
        }
        List<OutgoingMessage> messages = new ArrayList<>();
        String attachmentType = ctx.header(InstagramConstants.ATTACHMENT_TYPE);
        if (attachmentType != null) {
            messages.add(OutgoingMessage.attachment(attachmentType, ctx.header(InstagramConstants.ATTACHMENT_URL)));
        }
        String text = textBody(ctx);
        if (text != null && !text.isBlank()) {
            messages.add(OutgoingMessage.text(text));
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("No message content: send a String body (the text), the header "
                                               + InstagramConstants.ATTACHMENT_TYPE + ", or an OutgoingMessage");
        }
        return messages;
    }

    private static String textBody(OperationContext ctx) {
        try {
            return ctx.textBody();
        } catch (IllegalArgumentException notText) {
            throw new IllegalArgumentException("sendMessage sends a String body as text, or an OutgoingMessage; "
                                               + notText.getMessage(), notText);
        }
    }

    private static String recipientHeader(OperationContext ctx) {
        String recipient = ctx.header(InstagramConstants.RECIPIENT_ID);
        return recipient != null ? recipient : ctx.header(InstagramConstants.SENDER_ID);
    }

    private static String requireRecipient(OperationContext ctx) {
        return ctx.requireEitherHeader(InstagramConstants.RECIPIENT_ID, InstagramConstants.SENDER_ID, "recipient");
    }
}
