package io.github.camelinstagram.webhook;

import io.github.camelinstagram.webhook.dispatch.EventDispatcher;
import io.github.camelinstagram.webhook.dispatch.EventFilter;
import io.github.camelinstagram.webhook.dispatch.EventHeaders;
import io.github.camelinstagram.webhook.dispatch.EventRouter;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.http.EventRequestHandler;
import io.github.camelinstagram.webhook.http.PlatformHttpRegistration;
import io.github.camelinstagram.webhook.http.VerificationHandshake;
import io.github.camelinstagram.webhook.http.WebhookHttpProcessor;
import io.github.camelinstagram.webhook.parse.WebhookPayloadParser;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import io.github.camelinstagram.webhook.signature.VerifyTokenMatcher;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code instagram-webhook:} consumer: serves the endpoint's path on platform-http while it runs, and routes each
 * event of an accepted delivery as one exchange.
 */
public class InstagramWebhookConsumer extends DefaultConsumer implements EventRouter, Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(InstagramWebhookConsumer.class);
    private static final int DEFAULT_REPOSITORY_SIZE = 10_000;

    private IdempotentRepository repository;
    private boolean ownRepository;
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

        repository = configuration.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        }
        ServiceHelper.startService(repository);

        EventDispatcher dispatcher = new EventDispatcher(
                new EventFilter(configuration.fieldSet(), configuration.isIncludeEchoes()), repository, this);
        EventRequestHandler eventHandler = new EventRequestHandler(configuration.maxBodySizeBytes(),
                configuration.getReadTimeout(), verifier, new WebhookPayloadParser(), dispatcher);
        VerificationHandshake handshake = new VerificationHandshake(
                new VerifyTokenMatcher(configuration.getVerifyToken()));

        registration = new PlatformHttpRegistration(endpoint.getCamelContext(),
                configuration.getPlatformHttpComponentName(), endpoint.getPath(),
                new WebhookHttpProcessor(handshake, eventHandler));
        registration.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (registration != null) {
            registration.stop();
            registration = null;
        }
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
        repository = null;
        super.doStop();
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
     * Routes one event and waits for the route to finish with it.
     *
     * @return whether the route handled it without error
     */
    @Override
    public boolean route(WebhookEvent event) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getIn().setBody(event);
            EventHeaders.apply(event, exchange.getIn());
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            return exchange.getException() == null;
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
