package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code messaging_referral} event: a user entered an existing conversation through an ig.me link or an ad.
 */
public class ReferralEvent extends MessagingEvent {

    /** The referral of the event. */
    @JsonProperty("referral")
    private Referral referral;

    public ReferralEvent() {
        super(WebhookFields.MESSAGING_REFERRAL);
    }

    public Referral getReferral() {
        return referral;
    }

    public void setReferral(Referral referral) {
        this.referral = referral;
    }
}
