package io.github.camelinstagram.webhook.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code optin} of a {@code messaging_optins} event.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Optin {

    /** Opt-in type, e.g. notification_messages. */
    @JsonProperty("type")
    private String type;
    /** Payload sent with the opt-in request. */
    @JsonProperty("payload")
    private String payload;
    /** Title of the opt-in request. */
    @JsonProperty("title")
    private String title;
    /** The ref of the opt-in. */
    @JsonProperty("ref")
    private String ref;
    /** Token to send notification messages with. */
    @JsonProperty("notification_messages_token")
    private String token;
    /** Frequency the user agreed to. */
    @JsonProperty("notification_messages_frequency")
    private String frequency;
    /** Timezone of the user. */
    @JsonProperty("notification_messages_timezone")
    private String timezone;
    /** Status, e.g. STOP_NOTIFICATIONS or RESUME_NOTIFICATIONS. */
    @JsonProperty("notification_messages_status")
    private String status;
    /** When the token expires. */
    @JsonProperty("token_expiry_timestamp")
    private Long tokenExpiryTimestamp;
    /** Status of the token. */
    @JsonProperty("user_token_status")
    private String userTokenStatus;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getTokenExpiryTimestamp() {
        return tokenExpiryTimestamp;
    }

    public void setTokenExpiryTimestamp(Long tokenExpiryTimestamp) {
        this.tokenExpiryTimestamp = tokenExpiryTimestamp;
    }

    public String getUserTokenStatus() {
        return userTokenStatus;
    }

    public void setUserTokenStatus(String userTokenStatus) {
        this.userTokenStatus = userTokenStatus;
    }

    @Override
    public String toString() {
        return "Optin{type=" + type + ", ref=" + ref + ", frequency=" + frequency + ", timezone=" + timezone + ", status=" + status + ", tokenExpiryTimestamp=" + tokenExpiryTimestamp + ", userTokenStatus=" + userTokenStatus + "}";
    }
}
