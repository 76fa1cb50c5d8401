package io.github.camelinstagram.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.camelinstagram.support.ByteSize;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the {@code instagram-webhook:} consumer. Set on the component, they apply to every endpoint; set on an
 * endpoint, they override the component's for that endpoint.
 */
@UriParams
public class InstagramWebhookConfiguration implements Cloneable {

    static final long DEFAULT_MAX_BODY_SIZE = 4L * 1024 * 1024;

    @UriParam(label = "security", secret = true,
              description = "The verify token configured for the webhook in the Meta app dashboard; Meta sends it back"
                            + " in hub.verify_token when it verifies the callback URL. Required.")
    @Metadata(required = true)
    private String verifyToken;

    @UriParam(label = "security", secret = true,
              description = "Secret that signs X-Hub-Signature-256 (HMAC-SHA256 of the raw body). A comma-separated list"
                            + " is accepted, e.g. the Instagram app secret and the Meta app secret: a request signed by"
                            + " any of them is accepted. Required unless skipSignatureVerification is true.")
    private String appSecret;

    @UriParam(label = "security", defaultValue = "false",
              description = "Accept events without checking X-Hub-Signature-256. Anyone who can reach the URL can then"
                            + " inject events: only for local development. Logged as a warning at start.")
    private boolean skipSignatureVerification;

    @UriParam(description = "Comma-separated subscription fields to route, e.g. comments,messages. Events of other"
                            + " fields are acknowledged and dropped. All fields when not set.")
    private String fields;

    @UriParam(defaultValue = "false",
              description = "Route is_echo messages (those the account sent) and comments written by the account itself."
                            + " They are acknowledged and dropped by default, so that a bot does not answer itself.")
    private boolean includeEchoes;

    @UriParam(label = "advanced",
              description = "Repository of the idempotency keys of the events already routed: any Camel"
                            + " IdempotentRepository, e.g. a shared one for several instances. In memory, last 10,000"
                            + " keys, by default.")
    private IdempotentRepository idempotentRepository;

    @UriParam(defaultValue = "4MB",
              description = "Largest request body accepted, in bytes or with a unit (512KB, 4MB). A larger body is"
                            + " refused with 413 while it is being read, never buffered whole.")
    private String maxBodySize = "4MB";

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "Time allowed to receive a whole request body once the request has arrived; a slower"
                            + " request is answered 408 and its connection closed (Vert.x engine).")
    private long readTimeout = 30_000;

    @UriParam(label = "advanced", defaultValue = "platform-http",
              description = "Name of the camel-platform-http component whose HTTP server serves the webhook.")
    private String platformHttpComponentName = "platform-http";

    public String getVerifyToken() {
        return verifyToken;
    }

    /**
     * The verify token configured for the webhook in the Meta app dashboard; Meta sends it back in hub.verify_token
     * when it verifies the callback URL.
     */
    public void setVerifyToken(String verifyToken) {
        this.verifyToken = verifyToken;
    }

    public String getAppSecret() {
        return appSecret;
    }

    /**
     * Secret that signs X-Hub-Signature-256; a comma-separated list is accepted.
     */
    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public boolean isSkipSignatureVerification() {
        return skipSignatureVerification;
    }

    /**
     * Accept events without checking X-Hub-Signature-256 (local development only).
     */
    public void setSkipSignatureVerification(boolean skipSignatureVerification) {
        this.skipSignatureVerification = skipSignatureVerification;
    }

    public String getFields() {
        return fields;
    }

    /**
     * Comma-separated subscription fields to route; events of other fields are acknowledged and dropped.
     */
    public void setFields(String fields) {
        this.fields = fields;
    }

    public boolean isIncludeEchoes() {
        return includeEchoes;
    }

    /**
     * Route is_echo messages and comments written by the account itself.
     */
    public void setIncludeEchoes(boolean includeEchoes) {
        this.includeEchoes = includeEchoes;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Repository of the idempotency keys of the events already routed.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getMaxBodySize() {
        return maxBodySize;
    }

    /**
     * Largest request body accepted, in bytes or with a unit (512KB, 4MB).
     */
    public void setMaxBodySize(String maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    /**
     * Time allowed to receive a whole request body, in milliseconds.
     */
    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public String getPlatformHttpComponentName() {
        return platformHttpComponentName;
    }

    /**
     * Name of the camel-platform-http component whose HTTP server serves the webhook.
     */
    public void setPlatformHttpComponentName(String platformHttpComponentName) {
        this.platformHttpComponentName = platformHttpComponentName;
    }

    /** The configured secrets, trimmed, without empty entries. */
    public List<String> appSecrets() {
        if (appSecret == null) {
            return Collections.emptyList();
        }
        List<String> secrets = new ArrayList<>();
        for (String part : appSecret.split(",")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                secrets.add(trimmed);
            }
        }
        return secrets;
    }

    /** The fields to route, or an empty set for all of them. */
    public Set<String> fieldSet() {
        if (fields == null || fields.isBlank()) {
            return Collections.emptySet();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String part : fields.split(",")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** maxBodySize in bytes. */
    public long maxBodySizeBytes() {
        return ByteSize.parse(maxBodySize, DEFAULT_MAX_BODY_SIZE);
    }

    /**
     * Checks that the options allow the consumer to start; the messages never contain a secret.
     */
    public void validate() {
        if (verifyToken == null || verifyToken.isEmpty()) {
            throw new IllegalArgumentException("verifyToken must be set on instagram-webhook: it answers Meta's"
                                               + " verification request");
        }
        if (!skipSignatureVerification && appSecrets().isEmpty()) {
            throw new IllegalArgumentException("appSecret must be set on instagram-webhook: it verifies"
                                               + " X-Hub-Signature-256. Set skipSignatureVerification=true only to"
                                               + " accept unsigned events during local development");
        }
        if (maxBodySizeBytes() <= 0) {
            throw new IllegalArgumentException("maxBodySize must be positive");
        }
        if (readTimeout <= 0) {
            throw new IllegalArgumentException("readTimeout must be positive");
        }
        if (platformHttpComponentName == null || platformHttpComponentName.isBlank()) {
            throw new IllegalArgumentException("platformHttpComponentName must be set");
        }
    }

    /** A copy that an endpoint can change without affecting the component's options. */
    public InstagramWebhookConfiguration copy() {
        try {
            return (InstagramWebhookConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
