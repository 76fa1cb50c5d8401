package io.github.camelinstagram;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.api.ClientOptions;
import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.api.GraphJson;
import io.github.camelinstagram.console.CallLog;
import io.github.camelinstagram.console.ConsoleSource;
import io.github.camelinstagram.health.InstagramTokensHealthCheck;
import io.github.camelinstagram.metrics.InstagramMetrics;
import io.github.camelinstagram.ratelimit.Bucket4jMessagingRateLimiter;
import io.github.camelinstagram.ratelimit.CallPacer;
import io.github.camelinstagram.ratelimit.InMemoryRateLimitState;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.ratelimit.RetryPolicy;
import io.github.camelinstagram.state.SharedState;
import io.github.camelinstagram.state.SharedStateProvider;
import io.github.camelinstagram.support.Waiter;
import io.github.camelinstagram.tokens.AccountIdResolver;
import io.github.camelinstagram.tokens.AccountTokens;
import io.github.camelinstagram.tokens.FileTokenStore;
import io.github.camelinstagram.tokens.InMemoryTokenStore;
import io.github.camelinstagram.tokens.InstagramLoginClient;
import io.github.camelinstagram.tokens.TokenRefresher;
import io.github.camelinstagram.tokens.TokenServices;
import io.github.camelinstagram.tokens.TokenStore;
import io.github.camelinstagram.transport.HttpClientSettings;
import io.github.camelinstagram.transport.JdkHttpTransport;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the endpoints of one started {@code instagram} component share: the threads (a scheduler that only keeps time,
 * and a bounded pool for the HTTP exchanges, both from Camel's {@link ExecutorServiceManager}), the HTTP clients, the
 * rate-limit state and messaging limits, the token machinery, the health check, and one {@link GraphClient} per
 * running endpoint. Closing it fails every call still waiting and ends every exchange still running.
 */
final class ComponentRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentRuntime.class);

    private final InstagramComponent component;
    private final CamelContext camelContext;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService httpExecutor;
    private final SharedState sharedState;
    private final CallLog calls;
    private final InstagramMetrics metrics;
    private final RateLimitState rateLimitState;
    private final MessagingRateLimiter messagingLimiter;
    private final AccountIdResolver accountIdResolver = new AccountIdResolver(GraphJson.mapper());
    private final TokenServices tokens;
    private final GraphClient refresherClient;
    private final InstagramTokensHealthCheck healthCheck;
    private final WritableHealthCheckRepository healthRepository;
    private final Map<HttpClientSettings, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<InstagramEndpoint, GraphClient> clients = new ConcurrentHashMap<>();
    private final AtomicBoolean warnedNoToken = new AtomicBoolean();

    ComponentRuntime(InstagramComponent component, String componentName) {
        this.component = component;
        this.camelContext = component.getCamelContext();
        // first, so that a wrong dataSource setup fails the start before any thread exists
        sharedState = component.getDataSource() != null ? openSharedState(component) : null;
        calls = new CallLog(component.getClock());
        metrics = InstagramMetrics.both(calls, InstagramMetrics.of(camelContext));
        ExecutorServiceManager executors = camelContext.getExecutorServiceManager();
        scheduler = executors.newSingleThreadScheduledExecutor(component, "InstagramScheduler");
        ThreadPoolProfile http = new ThreadPoolProfile("InstagramHttp");
        http.setPoolSize(Math.max(1, component.getHttpPoolSize()));
        http.setMaxPoolSize(Math.max(1, component.getHttpPoolSize()));
        http.setMaxQueueSize(Integer.MAX_VALUE);
        http.setKeepAliveTime(60L);
        http.setAllowCoreThreadTimeOut(true);
        http.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        httpExecutor = executors.newThreadPool(component, "InstagramHttp", http);

        TokenStore store;
        if (sharedState != null) {
            rateLimitState = sharedState.rateLimitState();
            messagingLimiter = sharedState.messagingLimiter(limits(component), scheduler, TimeMeter.SYSTEM_NANOTIME);
            store = sharedState.tokenStore();
        } else {
            if (component.getRateLimitState() == null) {
                component.setRateLimitState(new InMemoryRateLimitState());
            }
            rateLimitState = component.getRateLimitState();
            messagingLimiter = component.getMessagingRateLimiter() != null ? component.getMessagingRateLimiter()
                    : new Bucket4jMessagingRateLimiter(limits(component), scheduler, TimeMeter.SYSTEM_NANOTIME);
            if (component.getTokenStore() == null) {
                // kept on the component: tokens logged in survive a stop and start of the component
                String file = component.getTokenStoreFile();
                component.setTokenStore(file != null && !file.isBlank() ? new FileTokenStore(Path.of(file))
                        : new InMemoryTokenStore());
            }
            store = component.getTokenStore();
        }
        InstagramLoginClient login = new InstagramLoginClient(GraphJson.mapper());
        InstagramConfiguration refresherOptions = component.getConfiguration().copy();
        refresherOptions.setSynchronous(false);
        refresherClient = newClient(refresherOptions);
        TokenRefresher refresher = new TokenRefresher(store, login, refresherClient, scheduler, component.getClock(),
                Duration.ofMillis(component.getTokenRefreshMinAge()),
                Duration.ofMillis(component.getTokenRefreshWindow()),
                Duration.ofMillis(component.getTokenRefreshRetryDelay()),
                Duration.ofMillis(component.getTokenRefreshInterval()));
        tokens = new TokenServices(new AccountTokens(store, accountIdResolver, component.getClock()), refresher, login,
                accountIdResolver, component.getClock());
        if (component.isAutoRefreshToken()) {
            refresher.start();
        }

        healthCheck = new InstagramTokensHealthCheck(componentName, store, refresher, component.getClock());
        healthCheck.setEnabled(component.isHealthCheckProducerEnabled());
        healthRepository = HealthCheckHelper.getHealthCheckRepository(camelContext, "producers",
                WritableHealthCheckRepository.class);
        if (healthRepository != null) {
            healthRepository.addHealthCheck(healthCheck);
        }
    }

    /**
     * Says at start, once per component, that an endpoint has no token to send with: no accessToken option and an empty
     * token store leave only the header CamelInstagramAccessToken (or an account logged in later), and a route that
     * expects neither would otherwise learn it at its first call.
     */
    void warnWhenNoToken(InstagramEndpoint endpoint) {
        InstagramConfiguration options = endpoint.getConfiguration();
        InstagramOperation operation = options.getOperation();
        if (warnedNoToken.get() || operation == InstagramOperation.authorizationUrl
            || operation == InstagramOperation.exchangeCode || operation == InstagramOperation.exchangeToken
            || options.getAccessToken() != null && !options.getAccessToken().isBlank()) {
            return;
        }
        boolean storeEmpty;
        try {
            storeEmpty = tokens.accounts().store().findAll().isEmpty();
        } catch (RuntimeException unreadable) {
            return;
        }
        if (storeEmpty && warnedNoToken.compareAndSet(false, true)) {
            LOG.warn("Endpoint instagram:{} has no access token: no accessToken option on the component or endpoint, and"
                     + " the token store is empty. Its exchanges must carry the header {} (or the header {} of an"
                     + " account logged in with exchangeCode), or every call fails. Set"
                     + " camel.component.instagram.access-token to act as one account.", operation,
                    InstagramConstants.ACCESS_TOKEN, InstagramConstants.ACCOUNT_ID);
        }
    }

    TokenServices tokens() {
        return tokens;
    }

    InstagramMetrics metrics() {
        return metrics;
    }

    /** What the dev console shows of this component. */
    ConsoleSource.View consoleView(String componentName) {
        return new ConsoleSource.View(componentName, sharedState != null, tokens.accounts().store(), rateLimitState,
                tokens.refresher(), calls);
    }

    InstagramTokensHealthCheck healthCheck() {
        return healthCheck;
    }

    /** The client of a running endpoint, made with its options the first time it is asked for. */
    GraphClient client(InstagramEndpoint endpoint) {
        return clients.computeIfAbsent(endpoint, e -> newClient(e.getConfiguration()));
    }

    /** Forgets the client of a stopping endpoint, failing what it still has waiting or running. */
    void release(InstagramEndpoint endpoint) {
        GraphClient client = clients.remove(endpoint);
        if (client != null) {
            client.cancelPending();
        }
    }

    void close() {
        tokens.refresher().stop();
        if (healthRepository != null) {
            healthRepository.removeHealthCheck(healthCheck);
        }
        List<GraphClient> all = new ArrayList<>(clients.values());
        all.add(refresherClient);
        clients.clear();
        all.forEach(GraphClient::cancelPending);
        ExecutorServiceManager executors = camelContext.getExecutorServiceManager();
        executors.shutdownNow(httpExecutor);
        executors.shutdownNow(scheduler);
        httpClients.clear();
        accountIdResolver.clear();
        if (sharedState != null) {
            sharedState.close();
        }
    }

    /**
     * The state in the database of the dataSource option, which replaces every per-instance store: one of them set as
     * well would be ignored, or would make this instance count alone.
     */
    private static SharedState openSharedState(InstagramComponent component) {
        List<String> clashes = new ArrayList<>();
        if (component.getTokenStore() != null) {
            clashes.add("tokenStore");
        }
        if (component.getTokenStoreFile() != null && !component.getTokenStoreFile().isBlank()) {
            clashes.add("tokenStoreFile");
        }
        if (component.getRateLimitState() != null) {
            clashes.add("rateLimitState");
        }
        if (component.getMessagingRateLimiter() != null) {
            clashes.add("messagingRateLimiter");
        }
        if (!clashes.isEmpty()) {
            throw new IllegalArgumentException("The instagram component has a dataSource, which keeps the tokens and"
                                               + " the limits in the database, and also " + String.join(", ", clashes)
                                               + ": remove " + (clashes.size() == 1 ? "it" : "them")
                                               + " or the dataSource");
        }
        SharedStateProvider provider = SharedStateProvider.find(component.getClass().getClassLoader());
        return provider.open(component.getDataSource(), component.isCreateTables());
    }

    private GraphClient newClient(InstagramConfiguration options) {
        options.validate();
        HttpClient http = options.getHttpClient() != null ? options.getHttpClient()
                : httpClients.computeIfAbsent(settings(options), s -> s.newClient(camelContext));
        JdkHttpTransport transport = new JdkHttpTransport(http, scheduler, options.maxResponseSizeBytes());
        Waiter waiter = new Waiter(scheduler, httpExecutor, GraphClient::stopping);
        CallPacer pacer = new CallPacer(rateLimitState, options.isRateLimiting(), options.getUsageThreshold(),
                options.getUsageSlowdown(), component.getClock()::millis);
        RetryPolicy retryPolicy = new RetryPolicy(options.getMaxRetries(), options.getRetryDelay(),
                options.getMaxRetryWait());
        List<String> secrets = new ArrayList<>();
        secrets.add(options.getAppSecret());
        secrets.add(options.getAccessToken());
        secrets.removeIf(secret -> secret == null || secret.isBlank());
        ClientOptions clientOptions = new ClientOptions(options.getBaseUrl(), options.getApiVersion(),
                Duration.ofMillis(options.getRequestTimeout()), options.getMaxRetryWait(),
                options.isRateLimitFailFast(), options.isSynchronous(), List.copyOf(secrets), metrics,
                options.getOperation() == null ? "tokenRefresh" : options.getOperation().name());
        return new GraphClient(transport, waiter, pacer, options.isRateLimiting() ? messagingLimiter : null,
                retryPolicy, GraphJson.mapper(), clientOptions);
    }

    private HttpClientSettings settings(InstagramConfiguration options) {
        SSLContextParameters ssl = options.getSslContextParameters();
        if (ssl == null && component.isUseGlobalSslContextParameters()) {
            ssl = component.retrieveGlobalSslContextParameters();
        }
        return new HttpClientSettings(options.getConnectTimeout(), options.getProxyHost(),
                options.getProxyPort() == null ? 0 : options.getProxyPort(), ssl);
    }

    private static Map<MessagingQuota, Integer> limits(InstagramComponent component) {
        Map<MessagingQuota, Integer> limits = new EnumMap<>(MessagingQuota.class);
        limits.put(MessagingQuota.SEND, component.getSendRateLimit());
        limits.put(MessagingQuota.SEND_AUDIO_VIDEO, component.getSendAudioVideoRateLimit());
        limits.put(MessagingQuota.CONVERSATIONS, component.getConversationsRateLimit());
        limits.put(MessagingQuota.PRIVATE_REPLY, component.getPrivateReplyRateLimit());
        limits.put(MessagingQuota.PRIVATE_REPLY_LIVE, component.getLiveCommentReplyRateLimit());
        return limits;
    }
}
