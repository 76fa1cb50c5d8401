package io.github.camelinstagram.sandbox.webhooks;

import java.util.concurrent.CompletableFuture;

/**
 * Sets the app's webhook callback the way the App Dashboard does: the callback must first pass Meta's verification
 * request, and only then do events go to it.
 */
public final class WebhookConfigurator {

    private final CallbackVerifier verifier;
    private final WebhookDispatcher dispatcher;

    public WebhookConfigurator(CallbackVerifier verifier, WebhookDispatcher dispatcher) {
        this.verifier = verifier;
        this.dispatcher = dispatcher;
    }

    /**
     * Verifies the callback, then delivers to it.
     *
     * @return completes with the callback once accepted, or exceptionally with an {@link IllegalArgumentException}
     *         saying why the verification failed
     */
    public CompletableFuture<WebhookCallback> configure(WebhookCallback callback) {
        for (String field : callback.fields()) {
            if (!WebhookFields.isKnown(field)) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("Unknown webhook field " + field
                                                                                   + "; known: "
                                                                                   + WebhookFields.ALL));
            }
        }
        return verifier.verify(callback.url(), callback.verifyToken()).thenCompose(failure -> {
            if (failure != null) {
                return CompletableFuture.failedFuture(new IllegalArgumentException(failure));
            }
            dispatcher.setCallback(callback);
            return CompletableFuture.completedFuture(callback);
        });
    }

    /** Stops delivering. */
    public void remove() {
        dispatcher.setCallback(null);
    }

    public WebhookCallback current() {
        return dispatcher.callback();
    }
}
