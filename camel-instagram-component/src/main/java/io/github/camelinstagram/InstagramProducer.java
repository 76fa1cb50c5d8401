package io.github.camelinstagram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelinstagram.api.GraphJson;
import io.github.camelinstagram.metrics.CallOutcome;
import io.github.camelinstagram.metrics.InstagramMetrics;
import io.github.camelinstagram.operations.OperationContext;
import io.github.camelinstagram.operations.OperationResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the exchange's operation (the header {@code CamelInstagramOperation}, else the URI's) asynchronously and puts
 * its result in the message: the model object as body, {@code CamelInstagramId}, {@code CamelInstagramNextCursor} and
 * {@code CamelInstagramRateLimitUsage} as headers. The callback is called on every path, failures included.
 */
public class InstagramProducer extends DefaultAsyncProducer {

    public InstagramProducer(InstagramEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public InstagramEndpoint getEndpoint() {
        return (InstagramEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long start = System.nanoTime();
        InstagramEndpoint endpoint = getEndpoint();
        String operationName = String.valueOf(endpoint.getConfiguration().getOperation());
        OperationContext context;
        CompletableFuture<OperationResult> outcome;
        try {
            InstagramOperation operation = operation(exchange, endpoint.getConfiguration().getOperation());
            operationName = operation.name();
            context = new OperationContext(exchange, endpoint.getConfiguration(), endpoint.graphClient(),
                    endpoint.getComponent().getTokenServices(), GraphJson.mapper());
            outcome = OperationRegistry.handler(operation).execute(context);
        } catch (Exception invalidInput) {
            exchange.setException(invalidInput);
            record(endpoint, operationName, exchange, start);
            callback.done(true);
            return true;
        }
        String recorded = operationName;
        if (outcome.isDone()) {
            complete(outcome, context, exchange);
            record(endpoint, recorded, exchange, start);
            callback.done(true);
            return true;
        }
        outcome.whenComplete((result, failure) -> {
            complete(outcome, context, exchange);
            record(endpoint, recorded, exchange, start);
            callback.done(false);
        });
        return false;
    }

    /** The meters of the exchange; a failure to record never changes the exchange. */
    private static void record(InstagramEndpoint endpoint, String operation, Exchange exchange, long start) {
        try {
            InstagramMetrics metrics = endpoint.getComponent().metrics();
            String outcome = CallOutcome.of(exchange.getException());
            metrics.call(operation, outcome, System.nanoTime() - start);
            if (exchange.getException() != null) {
                metrics.failed(operation, outcome, exchange.getException());
            }
        } catch (RuntimeException notRecorded) {
            // the component is stopping, or the registry refused the meter: the exchange's outcome stands
        }
    }

    private static void complete(CompletableFuture<OperationResult> outcome, OperationContext context,
                                 Exchange exchange) {
        try {
            apply(outcome.join(), context, exchange.getMessage());
        } catch (CompletionException | java.util.concurrent.CancellationException failure) {
            exchange.setException(unwrap(failure));
        } catch (Throwable unexpected) {
            exchange.setException(unexpected);
        }
    }

    private static InstagramOperation operation(Exchange exchange, InstagramOperation fromUri) {
        String override = exchange.getMessage().getHeader(InstagramConstants.OPERATION, String.class);
        return override != null && !override.isBlank() ? InstagramOperation.fromName(override) : fromUri;
    }

    private static void apply(OperationResult result, OperationContext context, Message message) {
        message.setBody(result.body());
        if (result.createdId() != null) {
            message.setHeader(InstagramConstants.ID, result.createdId());
        } else {
            message.removeHeader(InstagramConstants.ID);
        }
        if (result.nextCursor() != null) {
            message.setHeader(InstagramConstants.NEXT_CURSOR, result.nextCursor());
        } else {
            message.removeHeader(InstagramConstants.NEXT_CURSOR);
        }
        if (context.highestUsage() >= 0) {
            message.setHeader(InstagramConstants.RATE_LIMIT_USAGE, context.highestUsage());
        } else {
            message.removeHeader(InstagramConstants.RATE_LIMIT_USAGE);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
