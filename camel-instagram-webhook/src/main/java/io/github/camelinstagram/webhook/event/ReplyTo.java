package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a message replies to: a message ({@code mid}) or a story.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ReplyTo {

    /** Id of the message replied to. */
    @JsonProperty("mid")
    private String mid;
    /** The story replied to. */
    @JsonProperty("story")
    private StoryRef story;

    public String getMid() {
        return mid;
    }

    public void setMid(String mid) {
        this.mid = mid;
    }

    public StoryRef getStory() {
        return story;
    }

    public void setStory(StoryRef story) {
        this.story = story;
    }

    @Override
    public String toString() {
        return "ReplyTo{mid=" + mid + ", story=" + story + "}";
    }
}
