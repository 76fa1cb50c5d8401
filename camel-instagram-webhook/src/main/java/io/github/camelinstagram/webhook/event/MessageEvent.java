package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code messages} event: a message a user sent, or the echo of a message the account sent.
 */
public class MessageEvent extends MessagingEvent {

    /** The message. */
    @JsonProperty("message")
    private InstagramMessage message;

    public MessageEvent() {
        super(WebhookFields.MESSAGES);
    }

    public InstagramMessage getMessage() {
        return message;
    }

    public void setMessage(InstagramMessage message) {
        this.message = message;
    }

    /** The message id (mid). */
    public String getMid() {
        return message != null ? message.getMid() : null;
    }

    /** The message text, or null for attachments only. */
    public String getText() {
        return message != null ? message.getText() : null;
    }

    /** Whether this is the echo of a message the account sent. */
    public boolean isEcho() {
        return message != null && message.isEcho();
    }

    @Override
    public boolean isOwnEvent() {
        return isEcho();
    }
}
