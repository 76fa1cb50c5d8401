package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A conversation of the account with one user, as listConversations returns it.
 */
public class Conversation {

    @JsonProperty("id")
    private String id;
    @JsonProperty("updated_time")
    private String updatedTime;
    @JsonProperty("participants")
    private DataList<UserRef> participants;
    @JsonProperty("messages")
    private DataList<Message> messages;

    /** Conversation id, for listMessages. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Time of the last message, ISO 8601 as the API writes it. */
    public String getUpdatedTime() {
        return updatedTime;
    }

    public void setUpdatedTime(String updatedTime) {
        this.updatedTime = updatedTime;
    }

    /** The account and the user, when the fields option asks for participants. */
    public DataList<UserRef> getParticipants() {
        return participants;
    }

    public void setParticipants(DataList<UserRef> participants) {
        this.participants = participants;
    }

    /** Messages, when asked for (listMessages returns them directly). */
    public DataList<Message> getMessages() {
        return messages;
    }

    public void setMessages(DataList<Message> messages) {
        this.messages = messages;
    }

    @Override
    public String toString() {
        return "Conversation{id=" + id + ", updatedTime=" + updatedTime + "}";
    }
}
