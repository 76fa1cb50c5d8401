package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code message_edit} event: a user edited a message.
 */
public class MessageEditEvent extends MessagingEvent {

    /** The message_edit of the event. */
    @JsonProperty("message_edit")
    private MessageEdit messageEdit;

    public MessageEditEvent() {
        super(WebhookFields.MESSAGE_EDIT);
    }

    public MessageEdit getMessageEdit() {
        return messageEdit;
    }

    public void setMessageEdit(MessageEdit messageEdit) {
        this.messageEdit = messageEdit;
    }

    /** Id of the message the event refers to, or null. */
    public String getMid() {
        return messageEdit != null ? messageEdit.getMid() : null;
    }

    /** The new text, or null. */
    public String getText() {
        return messageEdit != null ? messageEdit.getText() : null;
    }
}
