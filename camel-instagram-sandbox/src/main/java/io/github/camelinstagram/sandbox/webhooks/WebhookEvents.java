package io.github.camelinstagram.sandbox.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the events of section F of the specification, field by field, with the exact shapes Meta sends. */
public final class WebhookEvents {

    private WebhookEvents() {
    }

    /**
     * A {@code comments} change: {@code {"id","from":{"id","username"},"text","media":{"id","media_product_type"},
     * "parent_id"}} ({@code parent_id} only on replies).
     */
    public static WebhookEvent comment(String accountId, boolean subscribed, Instant time, String commentId,
                                       String fromId, String fromUsername, String text, String mediaId,
                                       String mediaProductType, String parentId) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", commentId);
        value.put("from", map("id", fromId, "username", fromUsername));
        value.put("text", text);
        value.put("media", map("id", mediaId, "media_product_type", mediaProductType));
        if (parentId != null) {
            value.put("parent_id", parentId);
        }
        return new WebhookEvent(accountId, WebhookFields.COMMENTS, WebhookEvent.Kind.CHANGE, value, time, subscribed);
    }

    /**
     * A {@code messages} item. An account's own message is an echo: sender is the account, recipient the follower,
     * {@code is_echo: true}.
     *
     * @param message the {@code message} object: {@code mid}, {@code text}, {@code attachments}, ...
     */
    public static WebhookEvent message(String accountId, boolean subscribed, Instant time, String senderId,
                                       String recipientId, Map<String, Object> message) {
        return messaging(accountId, WebhookFields.MESSAGES, subscribed, time, senderId, recipientId, "message",
                message);
    }

    /** A {@code message_reactions} item: {@code {"mid","action":"react|unreact","reaction","emoji"}}. */
    public static WebhookEvent reaction(String accountId, boolean subscribed, Instant time, String senderId,
                                        String mid, String action, String reaction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mid", mid);
        body.put("action", action);
        if ("react".equals(action)) {
            body.put("reaction", reaction);
            body.put("emoji", emoji(reaction));
        }
        return messaging(accountId, WebhookFields.MESSAGE_REACTIONS, subscribed, time, senderId, accountId,
                "reaction", body);
    }

    /** A {@code messaging_seen} item: {@code "read":{"mid"}}. */
    public static WebhookEvent read(String accountId, boolean subscribed, Instant time, String senderId, String mid) {
        return messaging(accountId, WebhookFields.MESSAGING_SEEN, subscribed, time, senderId, accountId, "read",
                map("mid", mid));
    }

    /** A {@code messaging_postbacks} item: {@code "postback":{"mid","title","payload"}}. */
    public static WebhookEvent postback(String accountId, boolean subscribed, Instant time, String senderId,
                                        String mid, String title, String payload) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mid", mid);
        body.put("title", title);
        body.put("payload", payload);
        return messaging(accountId, WebhookFields.MESSAGING_POSTBACKS, subscribed, time, senderId, accountId,
                "postback", body);
    }

    /** A {@code messaging_referral} item: {@code "referral":{"ref","source","type":"OPEN_THREAD"}}. */
    public static WebhookEvent referral(String accountId, boolean subscribed, Instant time, String senderId,
                                        String ref, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", ref);
        body.put("source", source);
        body.put("type", "OPEN_THREAD");
        return messaging(accountId, WebhookFields.MESSAGING_REFERRAL, subscribed, time, senderId, accountId,
                "referral", body);
    }

    /** A {@code message_edit} item: {@code "message_edit":{"mid","text","num_edit"}}. */
    public static WebhookEvent edit(String accountId, boolean subscribed, Instant time, String senderId, String mid,
                                    String text, int numEdit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mid", mid);
        body.put("text", text);
        body.put("num_edit", numEdit);
        return messaging(accountId, WebhookFields.MESSAGE_EDIT, subscribed, time, senderId, accountId,
                "message_edit", body);
    }

    /** The emoji Instagram shows for a reaction name. */
    public static String emoji(String reaction) {
        return switch (reaction == null ? "" : reaction) {
            case "love" -> "\u2764\ufe0f";
            case "like" -> "\ud83d\udc4d";
            case "haha" -> "\ud83d\ude06";
            case "wow" -> "\ud83d\ude2e";
            case "sad" -> "\ud83d\ude22";
            case "angry" -> "\ud83d\ude21";
            default -> reaction;
        };
    }

    /** The {@code attachments} list of a webhook message. */
    public static List<Map<String, Object>> attachment(String type, String url) {
        return List.of(map("type", type, "payload", map("url", url)));
    }

    private static WebhookEvent messaging(String accountId, String field, boolean subscribed, Instant time,
                                          String senderId, String recipientId, String key, Map<String, Object> body) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sender", map("id", senderId));
        item.put("recipient", map("id", recipientId));
        item.put("timestamp", time.toEpochMilli());
        item.put(key, body);
        return new WebhookEvent(accountId, field, WebhookEvent.Kind.MESSAGING, item, time, subscribed);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
