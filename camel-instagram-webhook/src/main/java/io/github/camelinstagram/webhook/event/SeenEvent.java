package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code messaging_seen} event: a user saw the messages up to {@code read.mid}.
 */
public class SeenEvent extends MessagingEvent {

    /** The read of the event. */
    @JsonProperty("read")
    private ReadReceipt read;

    public SeenEvent() {
        super(WebhookFields.MESSAGING_SEEN);
    }

    public ReadReceipt getRead() {
        return read;
    }

    public void setRead(ReadReceipt read) {
        this.read = read;
    }

    /** Id of the message the event refers to, or null. */
    public String getMid() {
        return read != null ? read.getMid() : null;
    }}
