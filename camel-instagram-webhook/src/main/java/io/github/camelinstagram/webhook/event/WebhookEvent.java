package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One Instagram webhook event: what every event carries, whatever its field. The body of each exchange the
 * {@code instagram-webhook:} consumer routes is a subclass of this; it converts to a JSON String and to a Map.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@JsonPropertyOrder({ "field", "account_id", "time", "event_id" })
public abstract class WebhookEvent {

    /** Subscription field: comments, messages, ... or the field of any other change. */
    @JsonProperty("field")
    private String field;
    /** The professional account (IG_ID) the event belongs to: entry.id. */
    @JsonProperty("account_id")
    private String accountId;
    /** Event time in epoch milliseconds. */
    @JsonProperty("time")
    private long time;
    /** Idempotency key of the event. */
    @JsonProperty("event_id")
    private String eventId;

    protected WebhookEvent() {
    }

    protected WebhookEvent(String field) {
        this.field = field;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** Event time in epoch milliseconds. */
    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    /**
     * Whether the account itself wrote this event (an echo of its own message, or its own comment). Such events are
     * dropped unless {@code includeEchoes=true}.
     */
    public boolean isOwnEvent() {
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{field=" + field + ", accountId=" + accountId + ", time=" + time
               + ", eventId=" + eventId + "}";
    }
}
