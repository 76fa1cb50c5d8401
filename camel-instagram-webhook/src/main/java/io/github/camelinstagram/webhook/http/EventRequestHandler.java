package io.github.camelinstagram.webhook.http;

import java.util.List;

import io.github.camelinstagram.webhook.dispatch.DispatchResult;
import io.github.camelinstagram.webhook.dispatch.EventDispatcher;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.parse.MalformedPayloadException;
import io.github.camelinstagram.webhook.parse.WebhookPayloadParser;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an event delivery (POST): reads the raw body within maxBodySize (413), checks its signature over exactly
 * those bytes (403), parses it whole (400), routes its events, and answers 200 only when every event was handled,
 * 500 otherwise so that Meta delivers again.
 */
public final class EventRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EventRequestHandler.class);

    private final long maxBodySize;
    private final long readTimeout;
    private final SignatureVerifier signatureVerifier;
    private final WebhookPayloadParser parser;
    private final EventDispatcher dispatcher;

    /**
     * @param signatureVerifier null to accept unsigned requests (skipSignatureVerification)
     */
    public EventRequestHandler(long maxBodySize, long readTimeout, SignatureVerifier signatureVerifier,
                               WebhookPayloadParser parser, EventDispatcher dispatcher) {
        this.maxBodySize = maxBodySize;
        this.readTimeout = readTimeout;
        this.signatureVerifier = signatureVerifier;
        this.parser = parser;
        this.dispatcher = dispatcher;
    }

    public HttpAnswer handle(WebhookRequest request) {
        byte[] body;
        try {
            body = request.readBody(maxBodySize, readTimeout);
        } catch (BodyReadException e) {
            LOG.debug("Webhook request refused: {}", e.getMessage());
            return switch (e.getReason()) {
                case TOO_LARGE -> HttpAnswer.payloadTooLarge();
                case TIMEOUT -> HttpAnswer.requestTimeout();
                case FAILED -> HttpAnswer.badRequest("The request body could not be read");
            };
        }
        if (signatureVerifier != null
            && !signatureVerifier.verify(request.header(SignatureVerifier.HEADER), body)) {
            LOG.debug("Webhook request of {} bytes refused: missing or invalid {}", body.length,
                    SignatureVerifier.HEADER);
            return HttpAnswer.forbidden("Invalid signature");
        }
        List<WebhookEvent> events;
        try {
            events = parser.parse(body);
        } catch (MalformedPayloadException e) {
            LOG.debug("Webhook request of {} bytes refused: {}", body.length, e.getMessage());
            return HttpAnswer.badRequest("Not an Instagram webhook payload");
        }
        LOG.debug("Webhook request of {} bytes with {} event(s)", body.length, events.size());
        DispatchResult result = dispatcher.dispatch(events);
        return result.succeeded() ? HttpAnswer.ok() : HttpAnswer.serverError();
    }
}
