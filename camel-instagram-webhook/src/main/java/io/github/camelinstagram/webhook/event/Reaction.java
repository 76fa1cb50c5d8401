package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code reaction} of a {@code message_reactions} event.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Reaction {

    /** Id of the message reacted to. */
    @JsonProperty("mid")
    private String mid;
    /** react or unreact. */
    @JsonProperty("action")
    private String action;
    /** Reaction name, e.g. love. */
    @JsonProperty("reaction")
    private String reaction;
    /** The emoji. */
    @JsonProperty("emoji")
    private String emoji;

    public String getMid() {
        return mid;
    }

    public void setMid(String mid) {
        this.mid = mid;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getReaction() {
        return reaction;
    }

    public void setReaction(String reaction) {
        this.reaction = reaction;
    }

    public String getEmoji() {
        return emoji;
    }

    public void setEmoji(String emoji) {
        this.emoji = emoji;
    }

    @Override
    public String toString() {
        return "Reaction{mid=" + mid + ", action=" + action + ", reaction=" + reaction + ", emoji=" + emoji + "}";
    }
}
