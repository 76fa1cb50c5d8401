package io.github.camelinstagram.sandbox;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.sandbox.console.CdnHandler;
import io.github.camelinstagram.sandbox.console.ConsolePage;
import io.github.camelinstagram.sandbox.console.ControlApi;
import io.github.camelinstagram.sandbox.console.RedirectLanding;
import io.github.camelinstagram.sandbox.faults.FaultHandler;
import io.github.camelinstagram.sandbox.faults.FaultInjector;
import io.github.camelinstagram.sandbox.graph.GraphDispatcher;
import io.github.camelinstagram.sandbox.graph.GraphErrors;
import io.github.camelinstagram.sandbox.graph.GraphHttpHandler;
import io.github.camelinstagram.sandbox.graph.GraphResponder;
import io.github.camelinstagram.sandbox.graph.MessagingLimiter;
import io.github.camelinstagram.sandbox.graph.UsageMeter;
import io.github.camelinstagram.sandbox.oauth.AuthorizePage;
import io.github.camelinstagram.sandbox.oauth.CodeExchangeEndpoint;
import io.github.camelinstagram.sandbox.oauth.TokenEndpoints;
import io.github.camelinstagram.sandbox.state.AppConfig;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import io.github.camelinstagram.sandbox.state.ProcessingTimes;
import io.github.camelinstagram.sandbox.state.RateLimits;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.SandboxClock;
import io.github.camelinstagram.sandbox.state.Seed;
import io.github.camelinstagram.sandbox.state.UsageBudget;
import io.github.camelinstagram.sandbox.support.Ordered;
import io.github.camelinstagram.sandbox.upload.ResumableUploadEndpoint;
import io.github.camelinstagram.sandbox.webhooks.CallbackVerifier;
import io.github.camelinstagram.sandbox.webhooks.DeliveryLog;
import io.github.camelinstagram.sandbox.webhooks.WebhookCallback;
import io.github.camelinstagram.sandbox.webhooks.WebhookConfigurator;
import io.github.camelinstagram.sandbox.webhooks.WebhookDispatcher;
import io.github.camelinstagram.sandbox.webhooks.WebhookFields;
import io.github.camelinstagram.sandbox.webhooks.WebhookOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the Instagram API with Instagram Login, on one port: the Graph API (graph.instagram.com), the
 * token endpoints, {@code /oauth/access_token} (api.instagram.com), the authorization window
 * ({@code /oauth/authorize}), the resumable upload ({@code /ig-api-upload/...}), webhook delivery to a callback,
 * and the control API and web console under {@code /sandbox}.
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.builder().build().start()) {
 *     String baseUrl = server.baseUrl();      // http://127.0.0.1:<port>
 *     String token = server.accessToken();    // a long-lived IGAA... token of server.accountId()
 *     ...
 * }
 * }</pre>
 * Thread-safe. {@link #reset()} puts everything back to the seed without restarting.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Builder config;
    private final SandboxClock clock;
    private final Sandbox sandbox;
    private final UsageMeter usage;
    private final MessagingLimiter limiter;
    private final FaultInjector faults = new FaultInjector(Clock.systemUTC());
    private final DeliveryLog deliveries = new DeliveryLog(Clock.systemUTC());
    private Vertx vertx;
    private HttpServer httpServer;
    private ScheduledExecutorService scheduler;
    private ExecutorService httpExecutor;
    private WebhookDispatcher dispatcher;
    private WebhookConfigurator webhooks;
    private volatile String baseUrl;

    private SandboxServer(Builder config) {
        this.config = config;
        this.clock = new SandboxClock(config.clock);
        this.sandbox = new Sandbox(clock, appConfig(List.of()), config.randomSeed);
        this.usage = new UsageMeter(config.usageBudget);
        this.limiter = new MessagingLimiter(config.rateLimits);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port, seeds the state and starts serving.
     *
     * @throws IllegalStateException when already started, or when the port cannot be bound
     */
    public synchronized SandboxServer start() {
        if (vertx != null) {
            throw new IllegalStateException("The sandbox is already started at " + baseUrl);
        }
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2)
                .setInternalBlockingPoolSize(2));
        scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("instagram-sandbox-webhooks"));
        httpExecutor = Executors.newCachedThreadPool(daemonThreads("instagram-sandbox-http"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpExecutor)
                .connectTimeout(config.webhookOptions.timeout()).build();
        dispatcher = new WebhookDispatcher(http, scheduler, deliveries, () -> sandbox.app().secret(),
                config.webhookOptions);
        webhooks = new WebhookConfigurator(new CallbackVerifier(http, config.webhookOptions.timeout()), dispatcher);
        sandbox.setEventSink(dispatcher);
        try {
            httpServer = vertx.createHttpServer(new HttpServerOptions().setHost(config.host).setPort(config.port))
                    .requestHandler(router()).listen().toCompletionStage().toCompletableFuture()
                    .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("Interrupted while starting the sandbox", e);
        } catch (ExecutionException | TimeoutException e) {
            stop();
            throw new IllegalStateException("Cannot start the sandbox on " + config.host + ":" + config.port + ": "
                                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        String host = "0.0.0.0".equals(config.host) || "::".equals(config.host) ? "127.0.0.1" : config.host;
        baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + httpServer.actualPort();
        sandbox.setBaseUrl(baseUrl);
        reset();
        LOG.info("Instagram sandbox listening on {} (console {})", baseUrl, consoleUrl());
        return this;
    }

    /** Stops serving and delivering; the state is dropped. Does nothing when not started. */
    public synchronized void stop() {
        if (vertx == null) {
            return;
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(START_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The sandbox's HTTP server did not close cleanly: {}", e.toString());
        } finally {
            scheduler.shutdownNow();
            httpExecutor.shutdownNow();
            vertx = null;
            httpServer = null;
            LOG.info("Instagram sandbox at {} stopped", baseUrl);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Puts everything back as at start: the seed's state (same ids and tokens), no webhook callback, no pending or
     * logged deliveries, no faults, the clock back to its base, usage and rate windows empty, the redirect URIs of the
     * builder.
     */
    public void reset() {
        requireStarted();
        dispatcher.reset();
        faults.clear();
        deliveries.clear();
        usage.reset();
        limiter.reset();
        clock.resetOffset();
        sandbox.setApp(appConfig(defaultRedirectUris()));
        sandbox.reset(config.seed);
    }

    private AppConfig appConfig(List<String> redirectUris) {
        return new AppConfig(config.appId, config.appSecret, config.appName, redirectUris);
    }

    private List<String> defaultRedirectUris() {
        List<String> uris = new ArrayList<>(config.redirectUris);
        uris.add(baseUrl + RedirectLanding.PATH);
        return uris;
    }

    private Router router() {
        Router router = Router.router(vertx);
        GraphResponder responder = new GraphResponder(usage);
        router.route().handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes));
        router.route().handler(new FaultHandler(vertx, faults, responder, sandbox));
        ConsolePage console = new ConsolePage();
        router.get("/sandbox").handler(console);
        router.get("/sandbox/").handler(console);
        router.get("/sandbox/cdn/*").handler(new CdnHandler());
        router.get(RedirectLanding.PATH).handler(new RedirectLanding());
        new ControlApi(vertx, new ControlApi.Services(sandbox, faults, deliveries, webhooks, this::reset,
                this::info)).mount(router);
        AuthorizePage authorize = new AuthorizePage(sandbox);
        router.get("/oauth/authorize").handler(authorize::show);
        router.post("/oauth/authorize").handler(authorize::decide);
        router.post("/oauth/access_token").handler(new CodeExchangeEndpoint(sandbox, config.flatCodeExchange)::handle);
        TokenEndpoints tokens = new TokenEndpoints(sandbox, usage, responder);
        router.get("/access_token").handler(tokens::exchange);
        router.get("/refresh_access_token").handler(tokens::refresh);
        router.post("/ig-api-upload/:version/:container").handler(new ResumableUploadEndpoint(sandbox)::handle);
        GraphDispatcher graph = new GraphDispatcher(sandbox, config.processingTimes, config.publishingQuota,
                limiter);
        router.route().handler(new GraphHttpHandler(sandbox, usage, graph, responder));
        router.route().failureHandler(ctx -> {
            LOG.error("Unexpected failure answering {} {}", ctx.request().method(), ctx.request().path(),
                    ctx.failure());
            if (ctx.statusCode() == 413) {
                ctx.response().setStatusCode(413).end();
            } else {
                responder.error(ctx.response(), GraphErrors.transientFailure(500), null, sandbox.now());
            }
        });
        return router;
    }

    private Map<String, Object> info() {
        Map<String, Object> info = Ordered.map("baseUrl", baseUrl, "consoleUrl", consoleUrl(), "appId", appId(),
                "redirectUris", sandbox.app().redirectUris());
        if (sandbox.hasPrimary()) {
            info.put("accountId", accountId());
            sandbox.account(accountId()).ifPresent(account -> info.put("username", account.username()));
            info.put("accessToken", accessToken());
        }
        return info;
    }

    /** Configures the app's webhook callback for every field: Meta's verification request must pass first. */
    public WebhookCallback configureWebhook(String callbackUrl, String verifyToken) {
        return configureWebhook(WebhookCallback.allFields(callbackUrl, verifyToken));
    }

    /**
     * Configures the app's webhook callback; waits for the verification request.
     *
     * @throws IllegalArgumentException when the callback failed the verification
     */
    public WebhookCallback configureWebhook(WebhookCallback callback) {
        requireStarted();
        try {
            return webhooks.configure(callback).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw new IllegalArgumentException(refused.getMessage(), refused);
            }
            throw e;
        }
    }

    /** Stops webhook delivery. */
    public void removeWebhook() {
        requireStarted();
        webhooks.remove();
    }

    /** Subscribes the account to webhook fields, as {@code POST /me/subscribed_apps} would. */
    public void subscribe(String accountId, Set<String> fields) {
        sandbox.atomically(() -> sandbox.account(accountId).orElseThrow(
                () -> new IllegalArgumentException("No account " + accountId)).subscribe(fields));
    }

    /** Subscribes the primary account to every webhook field. */
    public void subscribeAllFields() {
        subscribe(accountId(), Set.copyOf(WebhookFields.ALL));
    }

    /** Moves the sandbox's time forward (token expiry, messaging windows, container processing and expiry, quotas). */
    public void advanceClock(Duration amount) {
        clock.advance(amount);
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}: the Graph, OAuth and authorize base URL at once. */
    public String baseUrl() {
        requireStarted();
        return baseUrl;
    }

    public int port() {
        requireStarted();
        return httpServer.actualPort();
    }

    /** The web console, {@code <baseUrl>/sandbox}. */
    public String consoleUrl() {
        return baseUrl() + "/sandbox";
    }

    /** A redirect URI the app accepts: the sandbox's own landing page, which shows what it received. */
    public String redirectUri() {
        return baseUrl() + RedirectLanding.PATH;
    }

    public String appId() {
        return config.appId;
    }

    public String appSecret() {
        return config.appSecret;
    }

    /** The primary account's {@code user_id} (the IG_ID). */
    public String accountId() {
        return sandbox.primaryAccountId();
    }

    /** A long-lived token of the primary account, with every scope. */
    public String accessToken() {
        return sandbox.primaryToken();
    }

    /** The state, for tests that look or act beyond the API. */
    public Sandbox sandbox() {
        return sandbox;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** The fault injector: {@code server.faults().add(FaultRule.error(503).times(2))}. */
    public FaultInjector faults() {
        return faults;
    }

    /** The webhook delivery log. */
    public DeliveryLog deliveries() {
        return deliveries;
    }

    public boolean isStarted() {
        return vertx != null;
    }

    @Override
    public String toString() {
        return "SandboxServer{" + (baseUrl == null ? "not started" : baseUrl) + "}";
    }

    private void requireStarted() {
        if (baseUrl == null || vertx == null) {
            throw new IllegalStateException("The sandbox is not started: call start() first");
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Settings of a {@link SandboxServer}; every one has a default. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private ProcessingTimes processingTimes = ProcessingTimes.DEFAULT;
        private WebhookOptions webhookOptions = WebhookOptions.DEFAULT;
        private Seed seed = new DefaultSeed();
        private long randomSeed = 20_260_201L;
        private String appId = "990000000000001";
        private String appSecret = "5a3f0c9e2b7d41e8a6c0f3b9d2e7a1c4";
        private String appName = "Sandbox App";
        private final List<String> redirectUris = new ArrayList<>();
        private int publishingQuota = 100;
        private RateLimits rateLimits = RateLimits.DOCUMENTED;
        private UsageBudget usageBudget = UsageBudget.DEFAULT;
        private boolean flatCodeExchange;
        private int maxBodyBytes = 64 * 1024 * 1024;

        private Builder() {
        }

        private Builder(Builder other) {
            this.host = other.host;
            this.port = other.port;
            this.clock = other.clock;
            this.processingTimes = other.processingTimes;
            this.webhookOptions = other.webhookOptions;
            this.seed = other.seed;
            this.randomSeed = other.randomSeed;
            this.appId = other.appId;
            this.appSecret = other.appSecret;
            this.appName = other.appName;
            this.redirectUris.addAll(other.redirectUris);
            this.publishingQuota = other.publishingQuota;
            this.rateLimits = other.rateLimits;
            this.usageBudget = other.usageBudget;
            this.flatCodeExchange = other.flatCodeExchange;
            this.maxBodyBytes = other.maxBodyBytes;
        }

        /** Interface to bind; {@code 127.0.0.1} by default. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** Port to bind; 0 (the default) takes a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("Not a port: " + value);
            }
            this.port = value;
            return this;
        }

        /** The base clock; the sandbox's clock adds {@link SandboxServer#advanceClock(Duration)} to it. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder processingTimes(ProcessingTimes value) {
            this.processingTimes = Objects.requireNonNull(value, "processing times");
            return this;
        }

        /** How long image containers stay IN_PROGRESS (0 by default). */
        public Builder imageProcessingTime(Duration value) {
            this.processingTimes = new ProcessingTimes(value, processingTimes.video());
            return this;
        }

        /** How long video containers stay IN_PROGRESS (3 s by default). */
        public Builder videoProcessingTime(Duration value) {
            this.processingTimes = new ProcessingTimes(processingTimes.image(), value);
            return this;
        }

        public Builder webhookOptions(WebhookOptions value) {
            this.webhookOptions = Objects.requireNonNull(value, "webhook options");
            return this;
        }

        /** Waits before each retry of an undelivered webhook request; after the last, it is dropped. */
        public Builder webhookRetrySchedule(List<Duration> value) {
            this.webhookOptions = webhookOptions.withRetrySchedule(value);
            return this;
        }

        /** Events within this window go in one request (50 ms by default). */
        public Builder webhookBatchWindow(Duration value) {
            this.webhookOptions = webhookOptions.withBatchWindow(value);
            return this;
        }

        /** How long a webhook attempt waits for the callback (10 s by default). */
        public Builder webhookTimeout(Duration value) {
            this.webhookOptions = webhookOptions.withTimeout(value);
            return this;
        }

        /** The state at start and after every reset ({@link DefaultSeed} by default). */
        public Builder seed(Seed value) {
            this.seed = Objects.requireNonNull(value, "seed");
            return this;
        }

        /** Seed of generated ids and tokens: the same value gives the same token at every start. */
        public Builder randomSeed(long value) {
            this.randomSeed = value;
            return this;
        }

        public Builder appId(String value) {
            this.appId = Objects.requireNonNull(value, "app id");
            return this;
        }

        /** The app secret: {@code client_secret} of the token endpoints and the key of webhook signatures. */
        public Builder appSecret(String value) {
            this.appSecret = Objects.requireNonNull(value, "app secret");
            return this;
        }

        public Builder appName(String value) {
            this.appName = Objects.requireNonNull(value, "app name");
            return this;
        }

        /** A redirect URI the app accepts (besides the sandbox's own landing page). */
        public Builder redirectUri(String value) {
            this.redirectUris.add(Objects.requireNonNull(value, "redirect URI"));
            return this;
        }

        /** Media an account may publish in 24 hours ({@code quota_total}, 100 by default). */
        public Builder publishingQuota(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("The publishing quota must be at least 1");
            }
            this.publishingQuota = value;
            return this;
        }

        public Builder rateLimits(RateLimits value) {
            this.rateLimits = Objects.requireNonNull(value, "rate limits");
            return this;
        }

        public Builder usageBudget(UsageBudget value) {
            this.usageBudget = Objects.requireNonNull(value, "usage budget");
            return this;
        }

        /**
         * Answers the code exchange with the flat shape ({@code {"access_token","user_id":123,"permissions":[..]}})
         * instead of the documented {@code {"data":[{...}]}}.
         */
        public Builder flatCodeExchangeAnswer(boolean value) {
            this.flatCodeExchange = value;
            return this;
        }

        /** A server with these settings (later changes to this builder do not affect it), not yet started. */
        public SandboxServer build() {
            return new SandboxServer(new Builder(this));
        }
    }
}
