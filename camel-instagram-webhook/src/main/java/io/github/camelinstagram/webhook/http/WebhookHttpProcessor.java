package io.github.camelinstagram.webhook.http;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor platform-http calls for every request to the webhook path: GET is the verification handshake, POST
 * an event delivery, anything else 405. Every answer is given here; nothing but events reaches the user's route.
 */
public final class WebhookHttpProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHttpProcessor.class);

    private final VerificationHandshake handshake;
    private final EventRequestHandler eventHandler;

    public WebhookHttpProcessor(VerificationHandshake handshake, EventRequestHandler eventHandler) {
        this.handshake = handshake;
        this.eventHandler = eventHandler;
    }

    @Override
    public void process(Exchange exchange) {
        WebhookRequest request = WebhookRequests.of(exchange);
        HttpAnswer answer;
        try {
            answer = switch (request.method()) {
                case "GET" -> handshake.answer(request.rawQuery());
                case "POST" -> eventHandler.handle(request);
                default -> HttpAnswer.methodNotAllowed();
            };
        } catch (RuntimeException e) {
            LOG.warn("Webhook request failed unexpectedly: {}", e.getClass().getName(), e);
            answer = HttpAnswer.serverError();
        }
        request.answer(exchange, answer);
    }
}
