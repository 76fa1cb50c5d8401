package io.github.camelinstagram.operations;

import java.util.concurrent.CompletableFuture;

/**
 * Carries out one operation of the {@code instagram:} producer. It reads and checks its inputs first, throwing an
 * {@link IllegalArgumentException} before anything is sent, then makes its calls asynchronously.
 */
@FunctionalInterface
public interface OperationHandler {

    CompletableFuture<OperationResult> execute(OperationContext context);
}
