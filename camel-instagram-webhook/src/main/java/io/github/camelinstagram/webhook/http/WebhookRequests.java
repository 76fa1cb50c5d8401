package io.github.camelinstagram.webhook.http;

import org.apache.camel.Exchange;

/**
 * Wraps the platform-http exchange of a request into a {@link WebhookRequest} for the engine that produced it: the
 * Vert.x request itself when the engine is Vert.x, the Camel message otherwise.
 */
public final class WebhookRequests {

    private static final boolean VERTX_REQUESTS = present("io.vertx.core.http.HttpServerRequest");
    private static final boolean VERTX_ENGINE = VERTX_REQUESTS
                                                && present("org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConsumer");

    private WebhookRequests() {
    }

    public static WebhookRequest of(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (VERTX_REQUESTS && VertxSupport.isRequest(body)) {
            return VertxSupport.wrap(body);
        }
        return new MessageWebhookRequest(exchange);
    }

    /** Whether the given platform-http engine consumer is the Vert.x one, which hands over the raw request. */
    public static boolean isVertxEngine(Object platformHttpConsumer) {
        return VERTX_ENGINE && VertxSupport.isVertxConsumer(platformHttpConsumer);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, WebhookRequests.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
