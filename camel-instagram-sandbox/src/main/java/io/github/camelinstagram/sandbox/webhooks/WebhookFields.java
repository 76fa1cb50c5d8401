package io.github.camelinstagram.sandbox.webhooks;

import java.util.List;

/** The webhook fields of the Instagram API with Instagram Login. */
public final class WebhookFields {

    public static final String COMMENTS = "comments";
    public static final String LIVE_COMMENTS = "live_comments";
    public static final String MESSAGES = "messages";
    public static final String MESSAGE_REACTIONS = "message_reactions";
    public static final String MESSAGING_POSTBACKS = "messaging_postbacks";
    public static final String MESSAGING_REFERRAL = "messaging_referral";
    public static final String MESSAGING_SEEN = "messaging_seen";
    public static final String MESSAGING_OPTINS = "messaging_optins";
    public static final String MESSAGE_EDIT = "message_edit";
    public static final String STORY_INSIGHTS = "story_insights";

    /** Every field, in the order Meta's documentation lists them. */
    public static final List<String> ALL = List.of(COMMENTS, LIVE_COMMENTS, MESSAGES, MESSAGE_REACTIONS,
            MESSAGING_POSTBACKS, MESSAGING_REFERRAL, MESSAGING_SEEN, MESSAGING_OPTINS, MESSAGE_EDIT, STORY_INSIGHTS);

    private WebhookFields() {
    }

    public static boolean isKnown(String field) {
        return ALL.contains(field);
    }
}
