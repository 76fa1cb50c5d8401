package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of the Send API: who received the message and the new message's id ({@code mid}); sender actions and
 * reactions return only the recipient.
 */
public class MessageResponse {

    @JsonProperty("recipient_id")
    private String recipientId;
    @JsonProperty("message_id")
    private String messageId;

    /** IGSID of the recipient (for a private reply: of the commenter). */
    public String getRecipientId() {
        return recipientId;
    }

    public void setRecipientId(String recipientId) {
        this.recipientId = recipientId;
    }

    /** Id of the sent message; null for sender actions and reactions. */
    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    @Override
    public String toString() {
        return "MessageResponse{recipientId=" + recipientId + ", messageId=" + messageId + "}";
    }
}
