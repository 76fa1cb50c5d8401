package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code messaging_postbacks} event: a user tapped a button of a message.
 */
public class PostbackEvent extends MessagingEvent {

    /** The postback of the event. */
    @JsonProperty("postback")
    private Postback postback;

    public PostbackEvent() {
        super(WebhookFields.MESSAGING_POSTBACKS);
    }

    public Postback getPostback() {
        return postback;
    }

    public void setPostback(Postback postback) {
        this.postback = postback;
    }

    /** Id of the message the event refers to, or null. */
    public String getMid() {
        return postback != null ? postback.getMid() : null;
    }}
