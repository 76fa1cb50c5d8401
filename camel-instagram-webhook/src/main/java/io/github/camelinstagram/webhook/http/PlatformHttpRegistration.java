package io.github.camelinstagram.webhook.http;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.DefaultPlatformHttpConsumer;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the webhook path on camel-platform-http, whatever engine the application uses: one platform-http consumer
 * for the path (GET, POST, and the other methods, which are answered 405 here rather than by the engine), created
 * directly on the platform-http component, not through a route. The body is handed over unread
 * ({@code useBodyHandler=false}); with the Vert.x engine the request headers and query parameters are not copied
 * into the exchange either, since the component reads them from the request itself: the query string is then never
 * decoded by the engine, so that a malformed one is answered 403 here rather than 400 by the engine.
 */
public final class PlatformHttpRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformHttpRegistration.class);

    private final CamelContext camelContext;
    private final String componentName;
    private final String path;
    private final Processor processor;
    private PlatformHttpEndpoint endpoint;
    private DefaultPlatformHttpConsumer consumer;

    public PlatformHttpRegistration(CamelContext camelContext, String componentName, String path, Processor processor) {
        this.camelContext = camelContext;
        this.componentName = componentName;
        this.path = path;
        this.processor = processor;
    }

    public void start() throws Exception {
        Component component = camelContext.getComponent(componentName);
        if (!(component instanceof PlatformHttpComponent platformHttp)) {
            throw new IllegalStateException("No camel-platform-http component named " + componentName
                                            + ": add camel-platform-http and an engine such as"
                                            + " camel-platform-http-vertx");
        }
        endpoint = (PlatformHttpEndpoint) platformHttp.createEndpoint(componentName + ":" + path);
        endpoint.setUseBodyHandler(false);
        endpoint.setMuteException(true);
        ServiceHelper.startService(endpoint);
        consumer = endpoint.createConsumer(processor);
        ServiceHelper.initService(consumer);
        if (WebhookRequests.isVertxEngine(consumer.getPlatformHttpConsumer())) {
            endpoint.setReturnHttpRequestHeaders(true);
            endpoint.setHeaderFilterStrategy(null);
        }
        ServiceHelper.startService(consumer);
        LOG.debug("Serving the Instagram webhook at {} on {}", path, componentName);
    }

    public void stop() {
        ServiceHelper.stopAndShutdownServices(consumer, endpoint);
        consumer = null;
        endpoint = null;
    }

    public void suspend() {
        ServiceHelper.suspendService(consumer);
    }

    public void resume() {
        ServiceHelper.resumeService(consumer);
    }
}
