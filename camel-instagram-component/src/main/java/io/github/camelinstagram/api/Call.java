package io.github.camelinstagram.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.error.SecretRedactor;

/**
 * One call in flight through a {@link GraphClient}: what is sent, with which token, for which account, how long it may
 * wait, and the future of its answer. Its label (method and path, never a secret) and its redactor are made once,
 * when first needed.
 */
final class Call {

    final GraphRequest request;
    final String token;
    final String account;
    final WaitBudget budget;
    final CompletableFuture<GraphResponse> result = new CompletableFuture<>();
    volatile boolean staleConnectionRetried;
    private final String versionPath;
    private final List<String> configuredSecrets;
    private String label;
    private SecretRedactor redactor;

    Call(GraphRequest request, String token, String account, WaitBudget budget, String versionPath,
         List<String> configuredSecrets) {
        this.request = request;
        this.token = token;
        this.account = account;
        this.budget = budget;
        this.versionPath = versionPath;
        this.configuredSecrets = configuredSecrets;
    }

    String label() {
        if (label == null) {
            label = request.method() + ' ' + (request.isVersioned() ? versionPath : "") + request.loggablePathAndQuery();
        }
        return label;
    }

    /** Removes the call's token, the request's secrets and the configured secrets from any text. */
    SecretRedactor redactor() {
        if (redactor == null) {
            List<String> secrets = new ArrayList<>(request.secrets());
            secrets.add(token);
            secrets.addAll(configuredSecrets);
            redactor = SecretRedactor.forSecrets(secrets);
        }
        return redactor;
    }

    /** Fails the call; false when it had already ended. */
    boolean fail(Throwable failure) {
        return result.completeExceptionally(failure);
    }

    @Override
    public String toString() {
        return label();
    }
}
