package io.github.camelinstagram.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

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
                            + " IdempotentRepository, e.g. a shared one for several instances. By default in memory: the"
                            + " ids of the last idempotentRetention (48 hours), at most idempotentCapacity (100,000)"
                            + " of them.")
    private IdempotentRepository idempotentRepository;

    @UriParam(defaultValue = "4MB",
              description = "Largest request body accepted, in bytes or with a unit (512KB, 4MB). A larger body is"
                            + " refused with 413 while it is being read, never buffered whole.")
    private String maxBodySize = "4MB";

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "Time allowed to receive a whole request body once the request has arrived; a slower"
                            + " request is answered 408 and its connection closed. Meta sends its bodies at once; a body"
                            + " that trickles in is an attack on the server's memory and connections.")
    private long readTimeout = 10_000;

    @UriParam(defaultValue = "15s", javaType = "java.time.Duration",
              description = "The time within which a delivery is answered. Meta counts an answer later than about 20"
                            + " seconds as a failure and delivers the same events again, possibly while the first"
                            + " delivery is still being routed. Within this time, an instagram: call of the route waits"
                            + " for a rate-limit turn or a retry only as long as the answer can still be given (a longer"
                            + " wait fails at once with InstagramThrottledException: the request is answered 500 and"
                            + " Meta delivers again later), and a redelivery waits for an earlier delivery of the same"
                            + " event still being routed (when that one is not done in time, the redelivery is answered"
                            + " 503). Work that takes longer belongs after a hand-off to a durable queue.")
    private long answerTimeout = 15_000;

    @UriParam(label = "advanced", defaultValue = "100000",
              description = "How many event ids the default de-duplication keeps (when no idempotentRepository is"
                            + " set): the ids of the most recent events within idempotentRetention.")
    private int idempotentCapacity = 100_000;

    @UriParam(label = "advanced", defaultValue = "48h", javaType = "java.time.Duration",
              description = "How long the default de-duplication keeps an event id: longer than the 36 hours during which"
                            + " Meta delivers a request again.")
    private long idempotentRetention = 48L * 3600 * 1000;

    @UriParam(label = "advanced",
              description = "A javax.sql.DataSource (PostgreSQL) that keeps the event ids for every instance behind the"
                            + " same webhook URL: an event is routed to completion once across all of them, a redelivery"
                            + " that reaches another instance while one routes the event waits for it (or gets 503), and"
                            + " the events of an instance that died are routed by another after inFlightLease. Needs"
                            + " the artifact io.github.camelinstagram:camel-instagram-jdbc. An idempotentRepository set"
                            + " as well takes precedence (without in-flight leases).")
    private DataSource dataSource;

    @UriParam(label = "advanced", defaultValue = "true",
              description = "With a dataSource: create the table on start when it is missing. Set to false when a"
                            + " database administrator creates it from the shipped script"
                            + " (io/github/camelinstagram/jdbc/schema-postgresql.sql in camel-instagram-jdbc).")
    private boolean createTables = true;

    @UriParam(label = "advanced", defaultValue = "2m", javaType = "java.time.Duration",
              description = "With a dataSource: how long an event being routed stays this instance's after the instance"
                            + " stops renewing its hold (it died or was stopped mid-route); a redelivery after that is"
                            + " routed by another instance. A live instance renews its hold every third of the lease,"
                            + " however long its route takes.")
    private long inFlightLease = Duration.ofMinutes(2).toMillis();

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
        if (answerTimeout <= 0) {
            throw new IllegalArgumentException("answerTimeout must be positive");
        }
        if (idempotentCapacity < 1) {
            throw new IllegalArgumentException("idempotentCapacity must be at least 1, not " + idempotentCapacity);
        }
        if (idempotentRetention <= 0) {
            throw new IllegalArgumentException("idempotentRetention must be positive");
        }
        if (inFlightLease < 1000) {
            throw new IllegalArgumentException("inFlightLease must be at least 1s, not " + inFlightLease + "ms");
        }
        if (platformHttpComponentName == null || platformHttpComponentName.isBlank()) {
            throw new IllegalArgumentException("platformHttpComponentName must be set");
        }
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** A javax.sql.DataSource that keeps the event ids for every instance behind the same webhook URL. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isCreateTables() {
        return createTables;
    }

    /** With a dataSource: create the table on start when it is missing. */
    public void setCreateTables(boolean createTables) {
        this.createTables = createTables;
    }

    public long getInFlightLease() {
        return inFlightLease;
    }

    /** With a dataSource: how long an event being routed stays this instance's once it stops renewing its hold. */
    public void setInFlightLease(long inFlightLease) {
        this.inFlightLease = inFlightLease;
    }

    public long getAnswerTimeout() {
        return answerTimeout;
    }

    /** The time within which a delivery is answered, in milliseconds. */
    public void setAnswerTimeout(long answerTimeout) {
        this.answerTimeout = answerTimeout;
    }

    public int getIdempotentCapacity() {
        return idempotentCapacity;
    }

    /** How many event ids the default de-duplication keeps. */
    public void setIdempotentCapacity(int idempotentCapacity) {
        this.idempotentCapacity = idempotentCapacity;
    }

    public long getIdempotentRetention() {
        return idempotentRetention;
    }

    /** How long the default de-duplication keeps an event id, in milliseconds. */
    public void setIdempotentRetention(long idempotentRetention) {
        this.idempotentRetention = idempotentRetention;
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
