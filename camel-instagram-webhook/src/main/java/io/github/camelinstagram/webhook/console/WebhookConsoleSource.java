package io.github.camelinstagram.webhook.console;

import java.util.Optional;

/** A webhook consumer the {@link InstagramWebhookDevConsole} shows: the instagram-webhook consumer implements it. */
public interface WebhookConsoleSource {

    /** What the consumer holds now; empty when it is not running. */
    Optional<View> consoleView();

    /**
     * @param path     the path it serves
     * @param ledger   where its event ids are kept (in memory, a repository, or the shared table)
     * @param counts   requests and events since start
     * @param inFlight events being routed now
     * @param waiting  redeliveries waiting now for an earlier delivery of their event
     */
    record View(String path, String ledger, WebhookCounts counts, int inFlight, int waiting) {
    }
}
