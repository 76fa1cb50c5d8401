package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code message_edit} of a {@code message_edit} event.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class MessageEdit {

    /** Id of the edited message. */
    @JsonProperty("mid")
    private String mid;
    /** The new text. */
    @JsonProperty("text")
    private String text;
    /** How many times the message has been edited. */
    @JsonProperty("num_edit")
    private long numEdit;

    public String getMid() {
        return mid;
    }

    public void setMid(String mid) {
        this.mid = mid;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public long getNumEdit() {
        return numEdit;
    }

    public void setNumEdit(long numEdit) {
        this.numEdit = numEdit;
    }

    @Override
    public String toString() {
        return "MessageEdit{mid=" + mid + ", numEdit=" + numEdit + "}";
    }
}
