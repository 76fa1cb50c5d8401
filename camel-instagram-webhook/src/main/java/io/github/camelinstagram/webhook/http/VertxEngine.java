package io.github.camelinstagram.webhook.http;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

import io.vertx.core.Vertx;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Everything that touches Vert.x types, loaded only once {@link PlatformHttpRegistration} has found Vert.x on the
 * class path, so that the component works with any other platform-http engine without it.
 */
final class VertxEngine {

    private VertxEngine() {
    }

    /** The router of the application's main Vert.x platform-http server, or null when there is none. */
    static VertxPlatformHttpRouter mainRouter(CamelContext camelContext) {
        List<VertxPlatformHttpRouter> routers = camelContext.getRegistry().findByType(VertxPlatformHttpRouter.class)
                .stream().filter(Objects::nonNull).filter(router -> !router.isManagementServer()).toList();
        return routers.isEmpty() ? null : routers.get(0);
    }

    /** Serves the path on the router's event loop; null when the application has no Vert.x server. */
    static Served serve(CamelContext camelContext, String path, WebhookParts parts) {
        VertxPlatformHttpRouter router = mainRouter(camelContext);
        if (router == null) {
            return null;
        }
        VertxWebhookRoute route = new VertxWebhookRoute(router.vertx(), router, path, parts);
        route.start();
        return new Served() {
            @Override
            public void stop() {
                route.stop();
            }

            @Override
            public void suspend() {
                route.suspend();
            }

            @Override
            public void resume() {
                route.resume();
            }
        };
    }

    /** The Vert.x worker pool of the application's server: where webhook routes run on, as platform-http routes do. */
    static Executor workers(CamelContext camelContext) {
        VertxPlatformHttpRouter router = mainRouter(camelContext);
        Vertx vertx = router == null ? null : router.vertx();
        return vertx == null ? null : VertxWebhookRoute.workers(vertx);
    }

    /** A path served by this engine. */
    interface Served {
        void stop();

        void suspend();

        void resume();
    }
}
