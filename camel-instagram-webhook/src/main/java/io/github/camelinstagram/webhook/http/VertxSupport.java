package io.github.camelinstagram.webhook.http;

import io.vertx.core.http.HttpServerRequest;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConsumer;

/**
 * Everything that touches Vert.x types. Only loaded after {@link WebhookRequests} has found Vert.x on the class path,
 * so the component works with any other platform-http engine without Vert.x.
 */
final class VertxSupport {

    private VertxSupport() {
    }

    static boolean isRequest(Object body) {
        return body instanceof HttpServerRequest;
    }

    static WebhookRequest wrap(Object body) {
        return new VertxWebhookRequest((HttpServerRequest) body);
    }

    static boolean isVertxConsumer(Object platformHttpConsumer) {
        return platformHttpConsumer instanceof VertxPlatformHttpConsumer;
    }
}
