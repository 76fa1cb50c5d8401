package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code messaging[]} item of a kind this component has no typed model for. Its field is the item's first key
 * other than {@code sender}, {@code recipient} and {@code timestamp}; the whole item is kept as raw JSON.
 */
public class UnknownMessagingEvent extends MessagingEvent {

    /** The whole messaging item, as Meta sent it. */
    @JsonProperty("item")
    private JsonNode item;

    public UnknownMessagingEvent() {
    }

    public UnknownMessagingEvent(String field) {
        super(field);
    }

    /** The whole messaging item as a JSON tree. */
    public JsonNode getItem() {
        return item;
    }

    public void setItem(JsonNode item) {
        this.item = item;
    }

    /** The whole messaging item as compact JSON text. */
    public String getRawJson() {
        return item != null ? item.toString() : "null";
    }
}
