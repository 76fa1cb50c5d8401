package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change of a field this component has no typed model for (for example {@code story_insights}, or a field Meta
 * adds later): carries the change's {@code value} as raw JSON.
 */
public class GenericChangeEvent extends WebhookEvent {

    /** The change's value, as Meta sent it. */
    @JsonProperty("value")
    private JsonNode value;

    public GenericChangeEvent() {
    }

    public GenericChangeEvent(String field) {
        super(field);
    }

    /** The change's value as a JSON tree; a JSON null when the change had none. */
    public JsonNode getValue() {
        return value;
    }

    public void setValue(JsonNode value) {
        this.value = value;
    }

    /** The change's value as compact JSON text. */
    public String getRawJson() {
        return value != null ? value.toString() : "null";
    }
}
