package io.github.camelinstagram;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.api.GraphJson;
import io.github.camelinstagram.health.InstagramTokensHealthCheck;
import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.ratelimit.Bucket4jMessagingRateLimiter;
import io.github.camelinstagram.ratelimit.CallPacer;
import io.github.camelinstagram.ratelimit.InMemoryRateLimitState;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.ratelimit.RetryPolicy;
import io.github.camelinstagram.support.SecretUriMasker;
import io.github.camelinstagram.tokens.AccountIdResolver;
import io.github.camelinstagram.tokens.AccountTokens;
import io.github.camelinstagram.tokens.FileTokenStore;
import io.github.camelinstagram.tokens.InMemoryTokenStore;
import io.github.camelinstagram.tokens.InstagramLoginClient;
import io.github.camelinstagram.tokens.TokenRefresher;
import io.github.camelinstagram.tokens.TokenServices;
import io.github.camelinstagram.tokens.TokenStore;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code instagram:} component. Holds what all its endpoints share: the options they start from, the HTTP client
 * and the threads that run its exchanges, the scheduler that waits for retries and pacing without blocking threads, the rate-limit state, the token store and
 * the refresher that keeps its tokens alive, and the health check of those tokens.
 */
@Component("instagram")
public class InstagramComponent extends DefaultComponent {

    private static final SecretUriMasker SECRETS = new SecretUriMasker("accessToken", "appSecret");

    @Metadata(description = "Options shared by every endpoint of this component; an endpoint may override each of them.")
    private InstagramConfiguration configuration = new InstagramConfiguration();

    @Metadata(label = "advanced",
              description = "Where the rate-limit state of the accounts (usage reported by the API, blocks, call slots)"
                            + " is kept. In memory by default; a shared implementation lets several instances pace"
                            + " calls together.")
    private RateLimitState rateLimitState;

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

    private final Map<Long, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Set<GraphClient> graphClients = ConcurrentHashMap.newKeySet();
    private final AccountIdResolver accountIdResolver = new AccountIdResolver(GraphJson.mapper());
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService scheduler;
    private ExecutorService httpExecutor;
    private boolean ownsMessagingRateLimiter;
    private TokenServices tokenServices;
    private InstagramTokensHealthCheck healthCheck;

    public InstagramComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        InstagramConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(InstagramOperation.fromName(remaining));
        InstagramEndpoint endpoint = new InstagramEndpoint(SECRETS.mask(uri), this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        configuration.validate();
        if (rateLimitState == null) {
            rateLimitState = new InMemoryRateLimitState();
        }
        scheduler = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                "InstagramScheduler");
        httpExecutor = getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "InstagramHttp");
        if (messagingRateLimiter == null) {
            Map<MessagingQuota, Integer> limits = new EnumMap<>(MessagingQuota.class);
            limits.put(MessagingQuota.SEND, sendRateLimit);
            limits.put(MessagingQuota.SEND_AUDIO_VIDEO, sendAudioVideoRateLimit);
            limits.put(MessagingQuota.CONVERSATIONS, conversationsRateLimit);
            limits.put(MessagingQuota.PRIVATE_REPLY, privateReplyRateLimit);
            limits.put(MessagingQuota.PRIVATE_REPLY_LIVE, liveCommentReplyRateLimit);
            messagingRateLimiter = new Bucket4jMessagingRateLimiter(limits, scheduler, TimeMeter.SYSTEM_NANOTIME);
            ownsMessagingRateLimiter = true;
        }
        if (tokenStore == null) {
            tokenStore = tokenStoreFile != null && !tokenStoreFile.isBlank()
                    ? new FileTokenStore(Path.of(tokenStoreFile)) : new InMemoryTokenStore();
        }
        InstagramLoginClient login = new InstagramLoginClient(GraphJson.mapper());
        InstagramConfiguration refresherOptions = configuration.copy();
        refresherOptions.setSynchronous(false);
        TokenRefresher refresher = new TokenRefresher(tokenStore, login, createGraphClient(refresherOptions), scheduler,
                clock, Duration.ofMillis(tokenRefreshMinAge), Duration.ofMillis(tokenRefreshWindow),
                Duration.ofMillis(tokenRefreshRetryDelay), Duration.ofMillis(tokenRefreshInterval));
        tokenServices = new TokenServices(new AccountTokens(tokenStore, accountIdResolver, clock), refresher, login,
                accountIdResolver, clock);
        if (autoRefreshToken) {
            refresher.start();
        }
        healthCheck = new InstagramTokensHealthCheck(tokenStore, refresher, clock);
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            registry.register(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (tokenServices != null) {
            tokenServices.refresher().stop();
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null && healthCheck != null) {
            registry.unregister(healthCheck);
        }
        // calls still waiting (retries, pacing, permits, polls) fail with "stopping" instead of never being answered
        graphClients.forEach(GraphClient::cancelPending);
        graphClients.clear();
        if (httpExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(httpExecutor);
            httpExecutor = null;
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        if (ownsMessagingRateLimiter) {
            messagingRateLimiter = null;
            ownsMessagingRateLimiter = false;
        }
        httpClients.clear();
        accountIdResolver.clear();
        super.doStop();
    }

    /**
     * A Graph client with the given options, sharing this component's HTTP client, scheduler and rate-limit state. The
     * component fails its waiting calls when it stops, unless {@link #release(GraphClient)} was called first.
     */
    GraphClient createGraphClient(InstagramConfiguration options) {
        CallPacer pacer = new CallPacer(rateLimitState, options.isRateLimiting(), options.getUsageThreshold(),
                options.getUsageSlowdown(), clock::millis);
        RetryPolicy retryPolicy = new RetryPolicy(options.getMaxRetries(), options.getRetryDelay(),
                options.getMaxRetryWait());
        GraphClient client = new GraphClient(httpClient(options.getConnectTimeout()), httpExecutor, scheduler, pacer,
                retryPolicy,
                GraphJson.mapper(), options.getBaseUrl(), options.getApiVersion(),
                Duration.ofMillis(options.getRequestTimeout()),
                Arrays.asList(options.getAppSecret(), options.getAccessToken()),
                options.isRateLimiting() ? messagingRateLimiter : null, options.isRateLimitFailFast(),
                options.isSynchronous());
        graphClients.add(client);
        return client;
    }

    /** Forgets a client whose endpoint stopped (its waiting calls were already failed). */
    void release(GraphClient client) {
        graphClients.remove(client);
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

    /** The health check of this component's tokens. */
    public InstagramTokensHealthCheck getHealthCheck() {
        return healthCheck;
    }

    /** The token machinery: store, refresher, Business Login calls. Available once the component started. */
    public TokenServices getTokenServices() {
        return tokenServices;
    }

    /** The HTTP client for the given connect timeout, shared by the endpoints that use that timeout. */
    HttpClient httpClient(long connectTimeoutMillis) {
        return httpClients.computeIfAbsent(connectTimeoutMillis, timeout -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeout))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }
}
