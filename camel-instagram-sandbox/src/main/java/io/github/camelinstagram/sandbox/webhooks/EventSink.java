package io.github.camelinstagram.sandbox.webhooks;

/** Receives the events the sandbox's state produces, to notify them. Implementations are thread-safe. */
@FunctionalInterface
public interface EventSink {

    /** Ignores every event. */
    EventSink NONE = event -> {
    };

    void publish(WebhookEvent event);
}
