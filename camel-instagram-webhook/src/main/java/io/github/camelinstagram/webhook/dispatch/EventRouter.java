package io.github.camelinstagram.webhook.dispatch;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.webhook.event.WebhookEvent;

/**
 * Routes one event as one exchange, asynchronously, and tells whether the route handled it without error.
 */
@FunctionalInterface
public interface EventRouter {

    /**
     * @param deadline the time left to answer the request the event came in; put on the exchange so that the
     *                 producers of the route fit their waits into it
     */
    CompletableFuture<Boolean> route(WebhookEvent event, AnswerDeadline deadline);
}
