package io.github.camelinstagram.webhook.event;

/**
 * Names of the Instagram webhook subscription fields, as Meta spells them.
 */
public final class WebhookFields {

    public static final String COMMENTS = "comments";
    public static final String LIVE_COMMENTS = "live_comments";
    public static final String MESSAGES = "messages";
    public static final String MESSAGE_REACTIONS = "message_reactions";
    public static final String MESSAGING_SEEN = "messaging_seen";
    public static final String MESSAGING_POSTBACKS = "messaging_postbacks";
    public static final String MESSAGING_REFERRAL = "messaging_referral";
    public static final String MESSAGING_OPTINS = "messaging_optins";
    public static final String MESSAGE_EDIT = "message_edit";

    private WebhookFields() {
    }
}
