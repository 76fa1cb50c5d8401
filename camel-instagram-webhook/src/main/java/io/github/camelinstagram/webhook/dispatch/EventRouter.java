package io.github.camelinstagram.webhook.dispatch;

import io.github.camelinstagram.webhook.event.WebhookEvent;

/**
 * Routes one event as one exchange and tells whether the route handled it without error.
 */
@FunctionalInterface
public interface EventRouter {

    boolean route(WebhookEvent event);
}
