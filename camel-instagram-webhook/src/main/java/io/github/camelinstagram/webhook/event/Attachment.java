package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An attachment of a message.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Attachment {

    /** image, video, audio, file, share, story_mention, ig_reel, reel, ig_post, unsupported_type, ... */
    @JsonProperty("type")
    private String type;
    /** Where the content is. */
    @JsonProperty("payload")
    private AttachmentPayload payload;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public AttachmentPayload getPayload() {
        return payload;
    }

    public void setPayload(AttachmentPayload payload) {
        this.payload = payload;
    }

    @Override
    public String toString() {
        return "Attachment{type=" + type + "}";
    }
}
