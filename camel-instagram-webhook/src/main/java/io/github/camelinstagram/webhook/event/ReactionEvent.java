package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code message_reactions} event: a user reacted to a message, or removed a reaction.
 */
public class ReactionEvent extends MessagingEvent {

    /** The reaction of the event. */
    @JsonProperty("reaction")
    private Reaction reaction;

    public ReactionEvent() {
        super(WebhookFields.MESSAGE_REACTIONS);
    }

    public Reaction getReaction() {
        return reaction;
    }

    public void setReaction(Reaction reaction) {
        this.reaction = reaction;
    }

    /** Id of the message the event refers to, or null. */
    public String getMid() {
        return reaction != null ? reaction.getMid() : null;
    }}
