package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A direct message as getMessage and listMessages return it. The API gives details (from, to, text) only for the 20
 * most recent messages of a conversation; older ones have only id and time.
 */
public class Message {

    @JsonProperty("id")
    private String id;
    @JsonProperty("created_time")
    private String createdTime;
    @JsonProperty("from")
    private UserRef from;
    @JsonProperty("to")
    private DataList<UserRef> to;
    @JsonProperty("message")
    private String message;

    /** Message id (mid). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Creation time, ISO 8601 as the API writes it. */
    public String getCreatedTime() {
        return createdTime;
    }

    public void setCreatedTime(String createdTime) {
        this.createdTime = createdTime;
    }

    /** Sender: id and username. */
    public UserRef getFrom() {
        return from;
    }

    public void setFrom(UserRef from) {
        this.from = from;
    }

    /** Recipients. */
    public DataList<UserRef> getTo() {
        return to;
    }

    public void setTo(DataList<UserRef> to) {
        this.to = to;
    }

    /** The text of the message. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return "Message{id=" + id + ", createdTime=" + createdTime + ", from=" + from + ", message=" + message + "}";
    }
}
