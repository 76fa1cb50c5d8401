package io.github.camelinstagram.webhook.dispatch;

import java.util.List;

import io.github.camelinstagram.webhook.event.WebhookEvent;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the events of one request, in order, at least once and without duplicates: an event's key is added to the
 * idempotent repository before it is routed (an event already there is acknowledged, not routed), confirmed when
 * the route handled it without error, and removed when it failed, so that Meta's redelivery routes it again. Events
 * after a failed one are still routed, so that a redelivery routes only what failed.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final EventFilter filter;
    private final IdempotentRepository repository;
    private final EventRouter router;

    public EventDispatcher(EventFilter filter, IdempotentRepository repository, EventRouter router) {
        this.filter = filter;
        this.repository = repository;
        this.router = router;
    }

    public DispatchResult dispatch(List<WebhookEvent> events) {
        int routed = 0;
        int failed = 0;
        int duplicates = 0;
        int dropped = 0;
        for (WebhookEvent event : events) {
            EventFilter.Verdict verdict = filter.verdict(event);
            if (verdict != EventFilter.Verdict.ROUTE) {
                LOG.debug("Event {} ({}) acknowledged and dropped: {}", event.getEventId(), event.getField(), verdict);
                dropped++;
                continue;
            }
            String key = event.getEventId();
            boolean added;
            try {
                added = repository.add(key);
            } catch (RuntimeException e) {
                LOG.warn("Event {} ({}) not routed: the idempotent repository failed ({})", key, event.getField(),
                        e.getClass().getName());
                failed++;
                continue;
            }
            if (!added) {
                LOG.debug("Event {} ({}) acknowledged: already processed or in progress", key, event.getField());
                duplicates++;
                continue;
            }
            if (routeOnce(event)) {
                routed++;
            } else {
                failed++;
            }
        }
        if (failed > 0 || LOG.isDebugEnabled()) {
            LOG.debug("Webhook request: {} event(s), {} routed, {} failed, {} duplicate(s), {} dropped", events.size(),
                    routed, failed, duplicates, dropped);
        }
        return new DispatchResult(routed, failed, duplicates, dropped);
    }

    private boolean routeOnce(WebhookEvent event) {
        String key = event.getEventId();
        boolean success;
        try {
            success = router.route(event);
        } catch (RuntimeException e) {
            LOG.debug("Event {} could not be routed", key, e);
            success = false;
        }
        try {
            if (success) {
                repository.confirm(key);
            } else {
                repository.remove(key);
            }
        } catch (RuntimeException e) {
            LOG.warn("Event {} ({}): the idempotent repository failed to {} its key ({})", key, event.getField(),
                    success ? "confirm" : "remove", e.getClass().getName());
        }
        if (!success) {
            LOG.warn("Event {} ({}) failed in the route; the request is answered 500 so that Meta delivers it again",
                    key, event.getField());
        }
        return success;
    }
}
