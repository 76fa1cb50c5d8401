package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelinstagram.model.UserRef;

/**
 * An event of an entry's {@code messaging[]} list: who sent it, to whom, and when.
 */
public abstract class MessagingEvent extends WebhookEvent {

    /** The sender: the user's IGSID, or the account for echoes. */
    @JsonProperty("sender")
    private UserRef sender;
    /** The recipient. */
    @JsonProperty("recipient")
    private UserRef recipient;
    /** {@code messaging[].timestamp} as sent, in milliseconds. */
    @JsonProperty("timestamp")
    private long timestamp;

    protected MessagingEvent() {
    }

    protected MessagingEvent(String field) {
        super(field);
    }

    public UserRef getSender() {
        return sender;
    }

    public void setSender(UserRef sender) {
        this.sender = sender;
    }

    public UserRef getRecipient() {
        return recipient;
    }

    public void setRecipient(UserRef recipient) {
        this.recipient = recipient;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    /** The sender's id, or null. */
    public String getSenderId() {
        return sender != null ? sender.getId() : null;
    }

    /** The recipient's id, or null. */
    public String getRecipientId() {
        return recipient != null ? recipient.getId() : null;
    }
}
