package io.github.camelinstagram.webhook.dispatch;

import io.github.camelinstagram.model.MediaRef;
import io.github.camelinstagram.model.UserRef;
import io.github.camelinstagram.webhook.InstagramWebhookConstants;
import io.github.camelinstagram.webhook.event.CommentEvent;
import io.github.camelinstagram.webhook.event.MessageEditEvent;
import io.github.camelinstagram.webhook.event.MessageEvent;
import io.github.camelinstagram.webhook.event.MessagingEvent;
import io.github.camelinstagram.webhook.event.PostbackEvent;
import io.github.camelinstagram.webhook.event.ReactionEvent;
import io.github.camelinstagram.webhook.event.SeenEvent;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import org.apache.camel.Message;

/**
 * Writes the headers of an event on its exchange: always field, account, time and event id; then, where the event
 * has them, sender, username, text, message, comment and media ids, and whether it is the account's own.
 */
public final class EventHeaders {

    private EventHeaders() {
    }

    public static void apply(WebhookEvent event, Message message) {
        message.setHeader(InstagramWebhookConstants.FIELD, event.getField());
        message.setHeader(InstagramWebhookConstants.ACCOUNT_ID, event.getAccountId());
        message.setHeader(InstagramWebhookConstants.EVENT_TIME, event.getTime());
        message.setHeader(InstagramWebhookConstants.EVENT_ID, event.getEventId());
        if (event instanceof CommentEvent comment) {
            comment(comment, message);
        } else if (event instanceof MessagingEvent messaging) {
            setIfPresent(message, InstagramWebhookConstants.SENDER_ID, messaging.getSenderId());
            messaging(messaging, message);
        }
    }

    private static void comment(CommentEvent comment, Message message) {
        UserRef from = comment.getFrom();
        if (from != null) {
            setIfPresent(message, InstagramWebhookConstants.SENDER_ID, from.getId());
            setIfPresent(message, InstagramWebhookConstants.SENDER_USERNAME, from.getUsername());
        }
        setIfPresent(message, InstagramWebhookConstants.TEXT, comment.getText());
        setIfPresent(message, InstagramWebhookConstants.COMMENT_ID, comment.getCommentId());
        setIfPresent(message, InstagramWebhookConstants.PARENT_COMMENT_ID, comment.getParentId());
        MediaRef media = comment.getMedia();
        if (media != null) {
            setIfPresent(message, InstagramWebhookConstants.MEDIA_ID, media.getId());
        }
        message.setHeader(InstagramWebhookConstants.IS_ECHO, comment.isSelfAuthored());
    }

    private static void messaging(MessagingEvent event, Message message) {
        if (event instanceof MessageEvent msg) {
            setIfPresent(message, InstagramWebhookConstants.MESSAGE_ID, msg.getMid());
            setIfPresent(message, InstagramWebhookConstants.TEXT, msg.getText());
            message.setHeader(InstagramWebhookConstants.IS_ECHO, msg.isEcho());
        } else if (event instanceof MessageEditEvent edit) {
            setIfPresent(message, InstagramWebhookConstants.MESSAGE_ID, edit.getMid());
            setIfPresent(message, InstagramWebhookConstants.TEXT, edit.getText());
        } else if (event instanceof ReactionEvent reaction) {
            setIfPresent(message, InstagramWebhookConstants.MESSAGE_ID, reaction.getMid());
        } else if (event instanceof SeenEvent seen) {
            setIfPresent(message, InstagramWebhookConstants.MESSAGE_ID, seen.getMid());
        } else if (event instanceof PostbackEvent postback) {
            setIfPresent(message, InstagramWebhookConstants.MESSAGE_ID, postback.getMid());
        }
    }

    private static void setIfPresent(Message message, String name, String value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
