package io.github.camelinstagram;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelinstagram.api.GraphJson;
import io.github.camelinstagram.ratelimit.InMemoryRateLimitState;
import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.tokens.AccountIdResolver;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code instagram:} component. Holds what all its endpoints share: the options they start from, the HTTP client,
 * the scheduler that waits for retries and pacing without blocking threads, the rate-limit state and the resolved
 * account ids.
 */
@Component("instagram")
public class InstagramComponent extends DefaultComponent {

    @Metadata(description = "Options shared by every endpoint of this component; an endpoint may override each of them.")
    private InstagramConfiguration configuration = new InstagramConfiguration();

    @Metadata(label = "advanced",
              description = "Where the rate-limit state of the accounts (usage reported by the API, blocks, call slots)"
                            + " is kept. In memory by default; a shared implementation lets several instances pace"
                            + " calls together.")
    private RateLimitState rateLimitState;

    private final Map<Long, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final AccountIdResolver accountIdResolver = new AccountIdResolver(GraphJson.mapper());
    private ScheduledExecutorService scheduler;

    public InstagramComponent() {
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
    protected void doStart() throws Exception {
        super.doStart();
        if (rateLimitState == null) {
            rateLimitState = new InMemoryRateLimitState();
        }
        if (scheduler == null) {
            scheduler = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this,
                    "InstagramScheduler");
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        httpClients.clear();
        accountIdResolver.clear();
        super.doStop();
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

    /** The HTTP client for the given connect timeout, shared by the endpoints that use that timeout. */
    HttpClient httpClient(long connectTimeoutMillis) {
        return httpClients.computeIfAbsent(connectTimeoutMillis, timeout -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeout))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    AccountIdResolver accountIdResolver() {
        return accountIdResolver;
    }
}
