package io.github.camelinstagram.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelinstagram.metrics.InstagramMetrics;
import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.webhook.console.WebhookConsoleSource;
import io.github.camelinstagram.webhook.console.WebhookCounts;
import io.github.camelinstagram.webhook.dispatch.EventDispatcher;
import io.github.camelinstagram.webhook.dispatch.EventFilter;
import io.github.camelinstagram.webhook.dispatch.EventHeaders;
import io.github.camelinstagram.webhook.dispatch.EventRouter;
import io.github.camelinstagram.webhook.dispatch.InFlightEvents;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.http.DeliveryHandler;
import io.github.camelinstagram.webhook.http.PlatformHttpRegistration;
import io.github.camelinstagram.webhook.http.VerificationHandshake;
import io.github.camelinstagram.webhook.http.WebhookParts;
import io.github.camelinstagram.webhook.idempotent.EventLedger;
import io.github.camelinstagram.webhook.idempotent.EventLedgerProvider;
import io.github.camelinstagram.webhook.idempotent.RecentEventIds;
import io.github.camelinstagram.webhook.idempotent.RepositoryLedger;
import io.github.camelinstagram.webhook.parse.WebhookPayloadParser;
import io.github.camelinstagram.webhook.signature.RefusalLog;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import io.github.camelinstagram.webhook.signature.VerifyTokenMatcher;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code instagram-webhook:} consumer: serves the endpoint's path on platform-http while it runs, and routes each
 * event of an accepted delivery as one exchange, asynchronously: a route that calls an asynchronous producer gives its
 * thread back while it waits.
 */
public class InstagramWebhookConsumer extends DefaultConsumer implements EventRouter, Suspendable,
        WebhookConsoleSource {

    private static final Logger LOG = LoggerFactory.getLogger(InstagramWebhookConsumer.class);

    private final InFlightEvents inFlight = new InFlightEvents();
    private final WebhookCounts counts = new WebhookCounts();
    private IdempotentRepository repository;
    private EventLedger ledger;
    private boolean ownRepository;
    private ScheduledExecutorService timers;
    private ExecutorService ownWorkers;
    private PlatformHttpRegistration registration;

    public InstagramWebhookConsumer(InstagramWebhookEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public InstagramWebhookEndpoint getEndpoint() {
        return (InstagramWebhookEndpoint) super.getEndpoint();
    }

    @Override
    public boolean isHostedService() {
        return true;
    }

    @Override
    public Optional<View> consoleView() {
        EventLedger current = ledger;
        if (current == null) {
            return Optional.empty();
        }
        String where = current instanceof RepositoryLedger ? (ownRepository ? "in memory, recent ids"
                : "idempotentRepository " + repository.getClass().getSimpleName()) : current.toString();
        return Optional.of(new View(getEndpoint().getPath(), where, counts, inFlight.size(), inFlight.waiting()));
    }

    /** The events being routed right now, by id. */
    public InFlightEvents inFlight() {
        return inFlight;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        InstagramWebhookEndpoint endpoint = getEndpoint();
        InstagramWebhookConfiguration configuration = endpoint.getConfiguration();
        configuration.validate();

        SignatureVerifier verifier = null;
        if (configuration.isSkipSignatureVerification()) {
            LOG.warn("Signature verification is OFF for the Instagram webhook at {}: anyone who can reach this URL can"
                     + " inject events. Use skipSignatureVerification=true only for local development.",
                    endpoint.getPath());
        } else {
            verifier = new SignatureVerifier(configuration.appSecrets());
        }

        ExecutorServiceManager executors = endpoint.getCamelContext().getExecutorServiceManager();
        timers = executors.newSingleThreadScheduledExecutor(this, "InstagramWebhookTimers");
        ledger = openLedger(configuration);
        InstagramMetrics metrics = InstagramMetrics.both(counts, InstagramMetrics.of(endpoint.getCamelContext()));
        Executor workers = PlatformHttpRegistration.workers(endpoint.getCamelContext());
        if (workers == null) {
            ownWorkers = executors.newDefaultThreadPool(this, "InstagramWebhook");
            workers = ownWorkers;
        }
        EventDispatcher dispatcher = new EventDispatcher(
                new EventFilter(configuration.fieldSet(), configuration.isIncludeEchoes()), ledger, inFlight,
                this, timers, workers, metrics);
        WebhookParts parts = new WebhookParts(new VerificationHandshake(
                new VerifyTokenMatcher(configuration.getVerifyToken())), verifier, new RefusalLog(endpoint.getPath()),
                new DeliveryHandler(new WebhookPayloadParser(), dispatcher), configuration.maxBodySizeBytes(),
                configuration.getReadTimeout(), configuration.getAnswerTimeout(), metrics);

        registration = new PlatformHttpRegistration(endpoint.getCamelContext(),
                configuration.getPlatformHttpComponentName(), endpoint.getPath(), this, parts);
        registration.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (registration != null) {
            registration.stop();
            registration = null;
        }
        ExecutorServiceManager executors = getEndpoint().getCamelContext().getExecutorServiceManager();
        if (timers != null) {
            executors.shutdownNow(timers);
            timers = null;
        }
        if (ownWorkers != null) {
            executors.shutdown(ownWorkers);
            ownWorkers = null;
        }
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
        repository = null;
        super.doStop();
    }

    /**
     * The events' ledger: the idempotentRepository of the options when one is set, else the table of the dataSource
     * shared by every instance, else the ids of recent events in memory.
     */
    private EventLedger openLedger(InstagramWebhookConfiguration configuration) throws Exception {
        repository = configuration.getIdempotentRepository();
        ownRepository = false;
        if (repository == null && configuration.getDataSource() != null) {
            EventLedgerProvider provider = EventLedgerProvider.find(getClass().getClassLoader());
            return provider.open(configuration.getDataSource(), new EventLedgerProvider.Options(
                    getEndpoint().getCamelContext().getName(),
                    Duration.ofMillis(configuration.getInFlightLease()),
                    Duration.ofMillis(configuration.getIdempotentRetention()), configuration.isCreateTables(), timers));
        }
        if (repository == null) {
            ownRepository = true;
            repository = new RecentEventIds(configuration.getIdempotentCapacity(),
                    Duration.ofMillis(configuration.getIdempotentRetention()));
        }
        ServiceHelper.startService(repository);
        return new RepositoryLedger(repository);
    }

    @Override
    protected void doSuspend() throws Exception {
        if (registration != null) {
            registration.suspend();
        }
        super.doSuspend();
    }

    @Override
    protected void doResume() throws Exception {
        if (registration != null) {
            registration.resume();
        }
        super.doResume();
    }

    /**
     * Routes one event as one exchange, with the answer deadline of its request as the exchange property
     * {@link AnswerDeadline#PROPERTY}.
     *
     * @return completes with whether the route handled the event without error
     */
    @Override
    public CompletableFuture<Boolean> route(WebhookEvent event, AnswerDeadline deadline) {
        CompletableFuture<Boolean> handled = new CompletableFuture<>();
        Exchange exchange = createExchange(false);
        try {
            exchange.getIn().setBody(event);
            EventHeaders.apply(event, exchange.getIn());
            exchange.setProperty(AnswerDeadline.PROPERTY, deadline);
            getAsyncProcessor().process(exchange, doneSync -> {
                boolean success = exchange.getException() == null;
                releaseExchange(exchange, false);
                handled.complete(success);
            });
        } catch (RuntimeException e) {
            exchange.setException(e);
            releaseExchange(exchange, false);
            handled.complete(false);
        }
        return handled;
    }
}
