package io.github.camelinstagram;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.camelinstagram.console.ConsoleSource;
import io.github.camelinstagram.health.InstagramTokensHealthCheck;
import io.github.camelinstagram.metrics.InstagramMetrics;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.support.SensitiveOptions;
import io.github.camelinstagram.support.StrictPropertyConfigurer;
import io.github.camelinstagram.tokens.TokenServices;
import io.github.camelinstagram.tokens.TokenStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code instagram:} component. Holds the options its endpoints start from, and what they share at run time
 * ({@link ComponentRuntime}): the threads that run its exchanges and its waits, the HTTP clients, the rate-limit state,
 * the token store and the refresher that keeps its tokens alive, and the health check of those tokens.
 */
@Component("instagram")
public class InstagramComponent extends HealthCheckComponent implements SSLContextParametersAware, ConsoleSource {

    @Metadata(description = "Options shared by every endpoint of this component; an endpoint may override each of them.")
    private InstagramConfiguration configuration = new InstagramConfiguration();

    @Metadata(label = "advanced",
              description = "Where the rate-limit state of the accounts (usage reported by the API, blocks, call slots)"
                            + " is kept. In memory by default; a shared implementation lets several instances pace"
                            + " calls together.")
    private RateLimitState rateLimitState;

    @Metadata(label = "advanced",
              description = "A javax.sql.DataSource (PostgreSQL) that keeps the tokens, the usage-header state and the"
                            + " messaging limits for every instance that uses it, so that several instances (replicas,"
                            + " a cluster) refresh each token once and stay within the limits together. Needs the"
                            + " artifact io.github.camelinstagram:camel-instagram-jdbc; replaces tokenStore,"
                            + " tokenStoreFile, rateLimitState and messagingRateLimiter, which must then be left unset.")
    private DataSource dataSource;

    @Metadata(label = "advanced", defaultValue = "true",
              description = "With a dataSource: create the tables on start when they are missing. Set to false when a"
                            + " database administrator creates them from the shipped script"
                            + " (io/github/camelinstagram/jdbc/schema-postgresql.sql in camel-instagram-jdbc).")
    private boolean createTables = true;

    @Metadata(label = "security",
              description = "Where long-lived tokens are kept, one per account: a bean implementing"
                            + " io.github.camelinstagram.tokens.TokenStore. By default a file store when tokenStoreFile"
                            + " is set, else in memory, seeded with the accessToken options.")
    private TokenStore tokenStore;

    @Metadata(label = "security",
              description = "Path of a JSON file that keeps the tokens across restarts, written atomically and readable"
                            + " by its owner only. A file that cannot be read stops the component from starting.")
    private String tokenStoreFile;

    @Metadata(label = "security", defaultValue = "true",
              description = "Refresh long-lived tokens before they expire, on a schedule that never blocks routes.")
    private boolean autoRefreshToken = true;

    @Metadata(label = "security", defaultValue = "24h", javaType = "java.time.Duration",
              description = "A token is refreshed only once it is at least this old (the API refuses younger ones).")
    private long tokenRefreshMinAge = Duration.ofHours(24).toMillis();

    @Metadata(label = "security", defaultValue = "30d", javaType = "java.time.Duration",
              description = "A token is refreshed once it has less than this time left before it expires (tokens live"
                            + " 60 days). A token of unknown expiry is refreshed as soon as tokenRefreshMinAge allows.")
    private long tokenRefreshWindow = Duration.ofDays(30).toMillis();

    @Metadata(label = "security", defaultValue = "1h", javaType = "java.time.Duration",
              description = "How often the stored tokens are checked for refresh; also the longest wait between two"
                            + " attempts after a failed refresh.")
    private long tokenRefreshInterval = Duration.ofHours(1).toMillis();

    @Metadata(label = "security", defaultValue = "1m", javaType = "java.time.Duration",
              description = "Wait before retrying a failed refresh; it doubles on each further failure, up to"
                            + " tokenRefreshInterval.")
    private long tokenRefreshRetryDelay = Duration.ofMinutes(1).toMillis();

    @Metadata(label = "ratelimit", defaultValue = "100",
              description = "Send API calls per second and account for text, links, images, files, stickers, reactions"
                            + " and sender actions.")
    private int sendRateLimit = MessagingQuota.SEND.defaultLimit();

    @Metadata(label = "ratelimit", defaultValue = "10",
              description = "Send API calls per second and account for audio and video.")
    private int sendAudioVideoRateLimit = MessagingQuota.SEND_AUDIO_VIDEO.defaultLimit();

    @Metadata(label = "ratelimit", defaultValue = "2",
              description = "Conversations API calls per second and account (listConversations, listMessages,"
                            + " getMessage).")
    private int conversationsRateLimit = MessagingQuota.CONVERSATIONS.defaultLimit();

    @Metadata(label = "ratelimit", defaultValue = "750",
              description = "Private replies per hour and account to comments on posts and reels.")
    private int privateReplyRateLimit = MessagingQuota.PRIVATE_REPLY.defaultLimit();

    @Metadata(label = "ratelimit", defaultValue = "100",
              description = "Private replies per second and account to live comments (exchanges whose"
                            + " CamelInstagramField is live_comments).")
    private int liveCommentReplyRateLimit = MessagingQuota.PRIVATE_REPLY_LIVE.defaultLimit();

    @Metadata(label = "ratelimit",
              description = "Where the messaging limits of the accounts are kept and enforced. By default Bucket4j token"
                            + " buckets in memory, sized by the *RateLimit options; a shared implementation lets"
                            + " several instances share the limits.")
    private MessagingRateLimiter messagingRateLimiter;

    @Metadata(label = "advanced", defaultValue = "20",
              description = "Threads that carry out the HTTP exchanges of this component's endpoints, from Camel's"
                            + " ExecutorServiceManager (named InstagramHttp). Calls beyond them wait in a queue; waits for"
                            + " rate limits and retries never hold one.")
    private int httpPoolSize = 20;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext for endpoints that set no"
                            + " sslContextParameters of their own.")
    private boolean useGlobalSslContextParameters;

    private Clock clock = Clock.systemUTC();
    private volatile ComponentRuntime runtime;

    public InstagramComponent() {
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        SensitiveOptions.register(camelContext, "appSecret");
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        InstagramConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(InstagramOperation.fromName(remaining));
        InstagramEndpoint endpoint = new InstagramEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return StrictPropertyConfigurer.wrap(super.getComponentPropertyConfigurer(), "the instagram component",
                InstagramComponent.class, InstagramConfiguration.class);
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return StrictPropertyConfigurer.wrap(super.getEndpointPropertyConfigurer(), "the instagram endpoint",
                InstagramConfiguration.class);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        runtime();
    }

    @Override
    protected void doStop() throws Exception {
        ComponentRuntime stopping;
        synchronized (this) {
            stopping = runtime;
            runtime = null;
        }
        if (stopping != null) {
            stopping.close();
        }
        super.doStop();
    }

    /**
     * What the endpoints share (threads, HTTP clients, rate limits, tokens), made the first time it is needed: when the
     * component starts, or earlier when an endpoint starts first (inside split or multicast, or before the context
     * started), so that an endpoint works however and whenever it was created.
     */
    ComponentRuntime runtime() {
        ComponentRuntime current = runtime;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (runtime == null) {
                configuration.validate();
                runtime = new ComponentRuntime(this, componentName());
            }
            return runtime;
        }
    }

    @Override
    public Optional<ConsoleSource.View> consoleView() {
        ComponentRuntime current = runtime;
        return current == null ? Optional.empty() : Optional.of(current.consoleView(componentName()));
    }

    /** The meters of the component: Micrometer's when the registry has a MeterRegistry, else none. */
    InstagramMetrics metrics() {
        return runtime().metrics();
    }

        /** Forgets the client of a stopping endpoint; nothing to do when the component is not running. */
    synchronized void releaseClient(InstagramEndpoint endpoint) {
        if (runtime != null) {
            runtime.release(endpoint);
        }
    }

    /** The name the component is registered under in its context, "instagram" when it is not (yet) registered. */
    private String componentName() {
        CamelContext context = getCamelContext();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) == this) {
                return name;
            }
        }
        return getDefaultName() != null ? getDefaultName() : "instagram";
    }

    public InstagramConfiguration getConfiguration() {
        return configuration;
    }

    /** Options shared by every endpoint of this component. */
    public void setConfiguration(InstagramConfiguration configuration) {
        this.configuration = configuration;
    }

    public RateLimitState getRateLimitState() {
        return rateLimitState;
    }

    /** Where the rate-limit state of the accounts is kept. */
    public void setRateLimitState(RateLimitState rateLimitState) {
        this.rateLimitState = rateLimitState;
    }

    public int getSendRateLimit() {
        return sendRateLimit;
    }

    /** Send API calls per second and account for text and the like. */
    public void setSendRateLimit(int sendRateLimit) {
        this.sendRateLimit = sendRateLimit;
    }

    public int getSendAudioVideoRateLimit() {
        return sendAudioVideoRateLimit;
    }

    /** Send API calls per second and account for audio and video. */
    public void setSendAudioVideoRateLimit(int sendAudioVideoRateLimit) {
        this.sendAudioVideoRateLimit = sendAudioVideoRateLimit;
    }

    public int getConversationsRateLimit() {
        return conversationsRateLimit;
    }

    /** Conversations API calls per second and account. */
    public void setConversationsRateLimit(int conversationsRateLimit) {
        this.conversationsRateLimit = conversationsRateLimit;
    }

    public int getPrivateReplyRateLimit() {
        return privateReplyRateLimit;
    }

    /** Private replies per hour and account to post and reel comments. */
    public void setPrivateReplyRateLimit(int privateReplyRateLimit) {
        this.privateReplyRateLimit = privateReplyRateLimit;
    }

    public int getLiveCommentReplyRateLimit() {
        return liveCommentReplyRateLimit;
    }

    /** Private replies per second and account to live comments. */
    public void setLiveCommentReplyRateLimit(int liveCommentReplyRateLimit) {
        this.liveCommentReplyRateLimit = liveCommentReplyRateLimit;
    }

    public MessagingRateLimiter getMessagingRateLimiter() {
        return messagingRateLimiter;
    }

    /** Where the messaging limits of the accounts are kept and enforced. */
    public void setMessagingRateLimiter(MessagingRateLimiter messagingRateLimiter) {
        this.messagingRateLimiter = messagingRateLimiter;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    /** Where long-lived tokens are kept, one per account. */
    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /**
     * A javax.sql.DataSource (PostgreSQL) that keeps the tokens, the usage-header state and the messaging limits for
     * every instance that uses it.
     */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isCreateTables() {
        return createTables;
    }

    /** With a dataSource: create the tables on start when they are missing. */
    public void setCreateTables(boolean createTables) {
        this.createTables = createTables;
    }

    public String getTokenStoreFile() {
        return tokenStoreFile;
    }

    /** Path of a JSON file that keeps the tokens across restarts. */
    public void setTokenStoreFile(String tokenStoreFile) {
        this.tokenStoreFile = tokenStoreFile;
    }

    public boolean isAutoRefreshToken() {
        return autoRefreshToken;
    }

    /** Refresh long-lived tokens before they expire. */
    public void setAutoRefreshToken(boolean autoRefreshToken) {
        this.autoRefreshToken = autoRefreshToken;
    }

    public long getTokenRefreshMinAge() {
        return tokenRefreshMinAge;
    }

    /** Minimum age of a token before it is refreshed, in milliseconds. */
    public void setTokenRefreshMinAge(long tokenRefreshMinAge) {
        this.tokenRefreshMinAge = tokenRefreshMinAge;
    }

    public long getTokenRefreshWindow() {
        return tokenRefreshWindow;
    }

    /** Time left before expiry from which a token is refreshed, in milliseconds. */
    public void setTokenRefreshWindow(long tokenRefreshWindow) {
        this.tokenRefreshWindow = tokenRefreshWindow;
    }

    public long getTokenRefreshInterval() {
        return tokenRefreshInterval;
    }

    /** How often stored tokens are checked for refresh, in milliseconds. */
    public void setTokenRefreshInterval(long tokenRefreshInterval) {
        this.tokenRefreshInterval = tokenRefreshInterval;
    }

    public long getTokenRefreshRetryDelay() {
        return tokenRefreshRetryDelay;
    }

    /** Wait before retrying a failed refresh, in milliseconds. */
    public void setTokenRefreshRetryDelay(long tokenRefreshRetryDelay) {
        this.tokenRefreshRetryDelay = tokenRefreshRetryDelay;
    }

    public Clock getClock() {
        return clock;
    }

    /** The clock of token ages, expiries and rate-limit blocks; tests set a controllable one. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** The health check of this component's tokens; null until the component started. */
    public InstagramTokensHealthCheck getHealthCheck() {
        ComponentRuntime current = runtime;
        return current == null ? null : current.healthCheck();
    }

    /** The token machinery: store, refresher, Business Login calls. Available once the component started. */
    public TokenServices getTokenServices() {
        return runtime().tokens();
    }

    public int getHttpPoolSize() {
        return httpPoolSize;
    }

    /** Threads that carry out the HTTP exchanges. */
    public void setHttpPoolSize(int httpPoolSize) {
        this.httpPoolSize = httpPoolSize;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global SSLContextParameters of the CamelContext. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
