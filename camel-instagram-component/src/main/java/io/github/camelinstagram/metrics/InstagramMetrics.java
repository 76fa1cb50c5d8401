package io.github.camelinstagram.metrics;

import org.apache.camel.CamelContext;

/**
 * The meters both components record (CONTRACT.md "Metrics") when a Micrometer {@code MeterRegistry} is in the Camel
 * registry, as camel-micrometer, Spring Boot's actuator or Quarkus put one there; {@link #NONE} otherwise. Tag values
 * are operation names, outcome and quota names, HTTP statuses and subscription fields: never an account id or a token.
 */
public interface InstagramMetrics {

    /** Records nothing: no Micrometer on the class path, or no registry in the Camel registry. */
    InstagramMetrics NONE = new InstagramMetrics() {
    };

    /** One exchange of an operation ended: {@code camel.instagram.calls} and {@code camel.instagram.call.duration}. */
    default void call(String operation, String outcome, long nanos) {
    }

    /** An exchange of an operation failed (after {@link #call}), for the dev console's recent failures. */
    default void failed(String operation, String outcome, Throwable failure) {
    }

    /** A call of an operation is sent again: {@code camel.instagram.retries}. */
    default void retry(String operation) {
    }

    /** A call waited for a rate limit: {@code camel.instagram.ratelimit.wait}, by quota or {@code usage}. */
    default void rateLimitWait(String quota, long nanos) {
    }

    /** A webhook request was answered: {@code camel.instagram.webhook.requests}. */
    default void webhookRequest(int status) {
    }

    /** A webhook event had an outcome: {@code camel.instagram.webhook.events}. */
    default void webhookEvent(String field, String outcome) {
    }

    /** Records in each of the given metrics, in order. */
    static InstagramMetrics both(InstagramMetrics first, InstagramMetrics second) {
        if (second == NONE) {
            return first;
        }
        return new InstagramMetrics() {
            @Override
            public void call(String operation, String outcome, long nanos) {
                first.call(operation, outcome, nanos);
                second.call(operation, outcome, nanos);
            }

            @Override
            public void failed(String operation, String outcome, Throwable failure) {
                first.failed(operation, outcome, failure);
                second.failed(operation, outcome, failure);
            }

            @Override
            public void retry(String operation) {
                first.retry(operation);
                second.retry(operation);
            }

            @Override
            public void rateLimitWait(String quota, long nanos) {
                first.rateLimitWait(quota, nanos);
                second.rateLimitWait(quota, nanos);
            }

            @Override
            public void webhookRequest(int status) {
                first.webhookRequest(status);
                second.webhookRequest(status);
            }

            @Override
            public void webhookEvent(String field, String outcome) {
                first.webhookEvent(field, outcome);
                second.webhookEvent(field, outcome);
            }
        };
    }

    /**
     * The metrics of the context: Micrometer's when micrometer-core is on the class path and exactly one
     * {@code MeterRegistry} is in the registry, else {@link #NONE}.
     */
    static InstagramMetrics of(CamelContext context) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, InstagramMetrics.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return NONE;
        }
        return MicrometerInstagramMetrics.lookup(context);
    }
}
