package io.github.camelinstagram;

import org.apache.camel.spi.Metadata;

/**
 * Names of the headers the {@code instagram:} producer reads and writes. The {@code instagram-webhook:} consumer writes
 * the same names, so that a webhook route can feed the producer without glue code.
 */
public final class InstagramConstants {

    @Metadata(description = "The operation to perform; overrides the operation of the URI.", javaType = "String")
    public static final String OPERATION = "CamelInstagramOperation";

    @Metadata(description = "Access token to use for this exchange only (multi-tenant applications); overrides the"
                            + " configured token. Never logged.",
              javaType = "String", secret = true)
    public static final String ACCESS_TOKEN = "CamelInstagramAccessToken";

    @Metadata(description = "The professional account (IG_ID) to act as, instead of the configured or resolved one.",
              javaType = "String")
    public static final String ACCOUNT_ID = "CamelInstagramAccountId";

    @Metadata(description = "Instagram-scoped id (IGSID) of the user to message (sendMessage, react, unreact,"
                            + " sendAction), look up (getUserProfile) or whose conversations to list.",
              javaType = "String")
    public static final String RECIPIENT_ID = "CamelInstagramRecipientId";

    @Metadata(description = "Instagram-scoped id of whoever sent the message or wrote the comment (set by the webhook"
                            + " consumer); operations that message or look up a user fall back to it when no recipient"
                            + " is given, so a webhook route answers the sender.",
              javaType = "String")
    public static final String SENDER_ID = "CamelInstagramSenderId";

    @Metadata(description = "The comment acted on (getComment, listReplies, reply, replyToMention, hideComment,"
                            + " unhideComment, deleteComment).",
              javaType = "String")
    public static final String COMMENT_ID = "CamelInstagramCommentId";

    @Metadata(description = "Parent of a comment that is a reply (set by the webhook consumer from parent_id). reply"
                            + " refuses to answer a comment whose parent is known, since Instagram accepts replies only"
                            + " to top-level comments: set CamelInstagramCommentId to this parent to answer the thread.",
              javaType = "String")
    public static final String PARENT_COMMENT_ID = "CamelInstagramParentCommentId";

    @Metadata(description = "The media acted on (getMedia, listComments, postComment, replyToMention, enableComments,"
                            + " disableComments), or the container (getContainerStatus, publishContainer).",
              javaType = "String")
    public static final String MEDIA_ID = "CamelInstagramMediaId";

    @Metadata(description = "Page cursor of a list operation: the value of CamelInstagramNextCursor from the previous"
                            + " page, sent as after.",
              javaType = "String")
    public static final String CURSOR = "CamelInstagramCursor";

    @Metadata(description = "Cursor of the next page of a list operation (paging.cursors.after); set only when there is"
                            + " a next page.",
              javaType = "String")
    public static final String NEXT_CURSOR = "CamelInstagramNextCursor";

    @Metadata(description = "Id of what the operation created (comment, reply, message, container, media). After"
                            + " publish and publishContainer, the published media; not set when the post was confirmed by"
                            + " the container's status after an uncertain media_publish, which does not tell the id.",
              javaType = "String")
    public static final String ID = "CamelInstagramId";

    @Metadata(description = "Highest usage percentage of any rate limit that the API reported on this call, when it"
                            + " reported one.",
              javaType = "Integer")
    public static final String RATE_LIMIT_USAGE = "CamelInstagramRateLimitUsage";

    @Metadata(description = "What publish and createContainer create: IMAGE (a feed post, the default), REELS, STORIES"
                            + " (an image or a video) or CAROUSEL (the items of CamelInstagramCarouselItems); overrides"
                            + " the mediaType option.",
              javaType = "String")
    public static final String MEDIA_TYPE = "CamelInstagramMediaType";

    @Metadata(description = "Public http(s) URL of the image to publish (IMAGE, or a STORIES image); Instagram downloads"
                            + " it, so it must answer with the JPEG itself.",
              javaType = "String")
    public static final String IMAGE_URL = "CamelInstagramImageUrl";

    @Metadata(description = "Public http(s) URL of the video to publish (REELS, or a STORIES video). Without it, a local"
                            + " video body (a File, a Path or a byte array) is uploaded instead.",
              javaType = "String")
    public static final String VIDEO_URL = "CamelInstagramVideoUrl";

    @Metadata(description = "Caption of the post, reel or carousel (at most 2,200 characters, 30 hashtags and 20"
                            + " @-mentions); when absent, a String body is the caption. Stories have none.",
              javaType = "String")
    public static final String CAPTION = "CamelInstagramCaption";

    @Metadata(description = "The 2 to 10 items of a CAROUSEL, in order: each a public URL String (.mp4, .mov and .m4v"
                            + " are videos, anything else an image), a Map with imageUrl or videoUrl (and optionally"
                            + " altText and userTags), or a local video (a File, a Path or a byte array).",
              javaType = "java.util.List")
    public static final String CAROUSEL_ITEMS = "CamelInstagramCarouselItems";

    @Metadata(description = "Alternative text of a published feed image; overrides the altText option.",
              javaType = "String")
    public static final String ALT_TEXT = "CamelInstagramAltText";

    @Metadata(description = "Id of the location to tag a post, reel or carousel with; overrides the locationId option.",
              javaType = "String")
    public static final String LOCATION_ID = "CamelInstagramLocationId";

    @Metadata(description = "Users to tag on a published image, reel or story: a JSON array String as the API takes it,"
                            + " or a List whose items are usernames or Maps with username (and x, y for images);"
                            + " overrides the userTags option.",
              javaType = "Object")
    public static final String USER_TAGS = "CamelInstagramUserTags";

    @Metadata(description = "Usernames to invite as collaborators of a post, reel or carousel: a comma-separated String"
                            + " or a List; overrides the collaborators option.",
              javaType = "Object")
    public static final String COLLABORATORS = "CamelInstagramCollaborators";

    @Metadata(description = "Public http(s) URL of a reel's cover image; overrides the coverUrl option.",
              javaType = "String")
    public static final String COVER_URL = "CamelInstagramCoverUrl";

    @Metadata(description = "Position in milliseconds of the frame used as a reel's thumbnail; overrides the"
                            + " thumbOffset option.",
              javaType = "Long")
    public static final String THUMB_OFFSET = "CamelInstagramThumbOffset";

    @Metadata(description = "Whether a reel also appears in the feed; overrides the shareToFeed option.",
              javaType = "Boolean")
    public static final String SHARE_TO_FEED = "CamelInstagramShareToFeed";

    @Metadata(description = "Attachment of sendMessage: image, audio, video, file (with CamelInstagramAttachmentUrl),"
                            + " like_heart (a sticker, no URL) or MEDIA_SHARE (CamelInstagramAttachmentUrl holds the id"
                            + " of the account's own post).",
              javaType = "String")
    public static final String ATTACHMENT_TYPE = "CamelInstagramAttachmentType";

    @Metadata(description = "Public URL of the attachment of sendMessage; for MEDIA_SHARE, the post id.",
              javaType = "String")
    public static final String ATTACHMENT_URL = "CamelInstagramAttachmentUrl";

    @Metadata(description = "Message tag of sendMessage, e.g. HUMAN_AGENT: sends messaging_type MESSAGE_TAG with this"
                            + " tag, so that a human agent can answer up to 7 days after the user's last message.",
              javaType = "String")
    public static final String MESSAGING_TAG = "CamelInstagramMessagingTag";

    @Metadata(description = "Reaction of react; love when absent.", javaType = "String")
    public static final String REACTION = "CamelInstagramReaction";

    @Metadata(description = "Sender action of sendAction: typing_on, typing_off or mark_seen.", javaType = "String")
    public static final String SENDER_ACTION = "CamelInstagramSenderAction";

    @Metadata(description = "Opaque value that authorizationUrl puts in the state parameter of the Business Login URL,"
                            + " to check on the redirect.",
              javaType = "String")
    public static final String STATE = "CamelInstagramState";

    @Metadata(description = "Username of whoever wrote the comment (set by the webhook consumer on comment events).",
              javaType = "String")
    public static final String SENDER_USERNAME = "CamelInstagramSenderUsername";

    @Metadata(description = "A message id (mid): in, the message to react to (react, unreact) or to read (getMessage);"
                            + " out (webhook), the message of a messages or message_edit event, or the message a"
                            + " reaction, seen receipt or postback refers to.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelInstagramMessageId";

    @Metadata(description = "The conversation whose messages listMessages reads.", javaType = "String")
    public static final String CONVERSATION_ID = "CamelInstagramConversationId";

    @Metadata(description = "Text of the message or comment of a webhook event. Never read by producers: outgoing text"
                            + " is the body.",
              javaType = "String")
    public static final String TEXT = "CamelInstagramText";

    @Metadata(description = "Webhook subscription field of the event: comments, live_comments, messages,"
                            + " message_reactions, messaging_seen, messaging_postbacks, messaging_referral,"
                            + " messaging_optins, message_edit, or the field of any other change.",
              javaType = "String")
    public static final String FIELD = "CamelInstagramField";

    @Metadata(description = "Time of the webhook event in epoch milliseconds.", javaType = "Long")
    public static final String EVENT_TIME = "CamelInstagramEventTime";

    @Metadata(description = "Idempotency key of the webhook event: the same on every redelivery and every instance.",
              javaType = "String")
    public static final String EVENT_ID = "CamelInstagramEventId";

    @Metadata(description = "Whether the event is the account's own: an echo of a message it sent (always set on"
                            + " messages events) or a comment it wrote (set on comment events).",
              javaType = "Boolean")
    public static final String IS_ECHO = "CamelInstagramIsEcho";

    private InstagramConstants() {
    }
}
