package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code messaging_optins} event: a user opted in to (or out of) notification messages.
 */
public class OptinEvent extends MessagingEvent {

    /** The optin of the event. */
    @JsonProperty("optin")
    private Optin optin;

    public OptinEvent() {
        super(WebhookFields.MESSAGING_OPTINS);
    }

    public Optin getOptin() {
        return optin;
    }

    public void setOptin(Optin optin) {
        this.optin = optin;
    }
}
