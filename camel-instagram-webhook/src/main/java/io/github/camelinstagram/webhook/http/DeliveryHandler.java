package io.github.camelinstagram.webhook.http;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.webhook.dispatch.DispatchResult;
import io.github.camelinstagram.webhook.dispatch.EventDispatcher;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.parse.MalformedPayloadException;
import io.github.camelinstagram.webhook.parse.WebhookPayloadParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a delivery whose body has been read and whose signature matched, whatever engine received it: parses it
 * whole (400 when it is not an Instagram payload), routes its events, and answers 200 once every event was handled,
 * 500 when one failed and 503 when one was still being routed by an earlier delivery, so that Meta delivers again.
 */
public final class DeliveryHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryHandler.class);

    private final WebhookPayloadParser parser;
    private final EventDispatcher dispatcher;

    public DeliveryHandler(WebhookPayloadParser parser, EventDispatcher dispatcher) {
        this.parser = parser;
        this.dispatcher = dispatcher;
    }

    /** The answer to the delivery; the future never fails. */
    public CompletableFuture<HttpAnswer> deliver(byte[] body, AnswerDeadline deadline) {
        List<WebhookEvent> events;
        try {
            events = parser.parse(body);
        } catch (MalformedPayloadException e) {
            LOG.debug("Webhook request of {} bytes refused: {}", body.length, e.getMessage());
            return CompletableFuture.completedFuture(HttpAnswer.badRequest("Not an Instagram webhook payload"));
        }
        LOG.debug("Webhook request of {} bytes with {} event(s)", body.length, events.size());
        return dispatcher.dispatch(events, deadline).handle((result, failure) -> answer(result, failure));
    }

    private static HttpAnswer answer(DispatchResult result, Throwable failure) {
        if (failure != null) {
            LOG.warn("Webhook request failed unexpectedly: {}", failure.toString());
            return HttpAnswer.serverError();
        }
        if (result.failed() > 0) {
            return HttpAnswer.serverError();
        }
        if (result.busy() > 0) {
            return HttpAnswer.serviceUnavailable("An earlier delivery of these events is still being processed;"
                                                 + " deliver again");
        }
        return HttpAnswer.ok();
    }
}
