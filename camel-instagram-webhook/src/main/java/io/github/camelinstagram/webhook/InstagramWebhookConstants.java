package io.github.camelinstagram.webhook;

import io.github.camelinstagram.InstagramConstants;
import org.apache.camel.spi.Metadata;

/**
 * Headers the {@code instagram-webhook:} consumer writes on every exchange. The names are those of
 * {@link InstagramConstants}, so that a webhook route feeds the {@code instagram:} producer without glue code.
 */
public final class InstagramWebhookConstants {

    @Metadata(description = "Subscription field of the event: comments, live_comments, messages, message_reactions,"
                            + " messaging_seen, messaging_postbacks, messaging_referral, messaging_optins,"
                            + " message_edit, or the field of any other change. Always set.",
              javaType = "String")
    public static final String FIELD = InstagramConstants.FIELD;

    @Metadata(description = "The professional account (IG_ID) the event belongs to: entry.id. Always set.",
              javaType = "String")
    public static final String ACCOUNT_ID = InstagramConstants.ACCOUNT_ID;

    @Metadata(description = "Time of the event in epoch milliseconds: messaging[].timestamp for messaging events,"
                            + " entry.time x 1000 for changes. Always set.",
              javaType = "Long")
    public static final String EVENT_TIME = InstagramConstants.EVENT_TIME;

    @Metadata(description = "Idempotency key of the event, the same on every redelivery and on every instance."
                            + " Always set.",
              javaType = "String")
    public static final String EVENT_ID = InstagramConstants.EVENT_ID;

    @Metadata(description = "Instagram-scoped id (IGSID) of whoever sent the message or wrote the comment;"
                            + " instagram:sendMessage replies to it when no recipient is given.",
              javaType = "String")
    public static final String SENDER_ID = InstagramConstants.SENDER_ID;

    @Metadata(description = "Username of whoever wrote the comment (comment events).", javaType = "String")
    public static final String SENDER_USERNAME = InstagramConstants.SENDER_USERNAME;

    @Metadata(description = "Text of the message, of the edited message or of the comment.", javaType = "String")
    public static final String TEXT = InstagramConstants.TEXT;

    @Metadata(description = "The mid of a message or of an edit, or of the message a reaction, a seen receipt or a"
                            + " postback refers to.",
              javaType = "String")
    public static final String MESSAGE_ID = InstagramConstants.MESSAGE_ID;

    @Metadata(description = "Id of the comment of a comments or live_comments event.", javaType = "String")
    public static final String COMMENT_ID = InstagramConstants.COMMENT_ID;

    @Metadata(description = "Parent of a comment that is a reply (parent_id); absent on top-level comments.",
              javaType = "String")
    public static final String PARENT_COMMENT_ID = InstagramConstants.PARENT_COMMENT_ID;

    @Metadata(description = "Id of the media a comment was written on.", javaType = "String")
    public static final String MEDIA_ID = InstagramConstants.MEDIA_ID;

    @Metadata(description = "Whether the event was written by the account itself: an is_echo message, or a comment"
                            + " whose author is the account. Always set on messages events, also set on comment events.",
              javaType = "Boolean")
    public static final String IS_ECHO = InstagramConstants.IS_ECHO;

    private InstagramWebhookConstants() {
    }
}
