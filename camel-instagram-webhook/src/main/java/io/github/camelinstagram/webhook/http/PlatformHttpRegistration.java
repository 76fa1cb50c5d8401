package io.github.camelinstagram.webhook.http;

import java.util.concurrent.Executor;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.component.platform.http.DefaultPlatformHttpConsumer;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the webhook path on the application's platform-http server:
 * <ul>
 * <li>with the Vert.x engine (camel-main, Camel JBang and Camel K's {@code camel.server}, Quarkus, the examples), on the
 * server's event loop through {@link VertxWebhookRoute}: the platform-http component is not needed for it, so a
 * route that is the application's only HTTP route starts like any other;</li>
 * <li>with any other engine, through a platform-http consumer created on the platform-http component, which hands
 * each request over with its body read ({@link EngineWebhookProcessor}).</li>
 * </ul>
 * Either way the path is listed among the application's HTTP endpoints, and every answer is given by the component;
 * nothing but events reaches the user's route. Without an HTTP server the start fails, saying how to add one.
 */
public final class PlatformHttpRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformHttpRegistration.class);
    private static final boolean VERTX = present("io.vertx.core.Vertx")
                                         && present("org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter");

    private final CamelContext camelContext;
    private final String componentName;
    private final String path;
    private final Consumer owner;
    private final WebhookParts parts;
    private VertxEngine.Served served;
    private PlatformHttpEndpoint endpoint;
    private DefaultPlatformHttpConsumer consumer;
    private PlatformHttpComponent listedOn;

    /**
     * @param owner the webhook consumer, listed as the consumer of the path
     */
    public PlatformHttpRegistration(CamelContext camelContext, String componentName, String path, Consumer owner,
                                    WebhookParts parts) {
        this.camelContext = camelContext;
        this.componentName = componentName;
        this.path = path;
        this.owner = owner;
        this.parts = parts;
    }

    /** The threads on which routing goes on after something asynchronous: the Vert.x workers, when there are any. */
    public static Executor workers(CamelContext camelContext) {
        return VERTX ? VertxEngine.workers(camelContext) : null;
    }

    public void start() throws Exception {
        if (VERTX) {
            served = VertxEngine.serve(camelContext, path, parts);
        }
        if (served != null) {
            LOG.debug("Serving the Instagram webhook at {} on the Vert.x platform-http server", path);
            listOnPlatformHttp();
            return;
        }
        startOnPlatformHttpComponent();
    }

    private void startOnPlatformHttpComponent() throws Exception {
        Component component;
        try {
            component = camelContext.getComponent(componentName);
        } catch (RuntimeException e) {
            throw noServer(e);
        }
        if (!(component instanceof PlatformHttpComponent platformHttp)) {
            throw noServer(null);
        }
        try {
            endpoint = (PlatformHttpEndpoint) platformHttp.createEndpoint(componentName + ":" + path);
            endpoint.setUseBodyHandler(true);
            endpoint.setMuteException(true);
            ServiceHelper.startService(endpoint);
            consumer = endpoint.createConsumer(new EngineWebhookProcessor(parts));
            ServiceHelper.startService(consumer);
        } catch (Exception e) {
            ServiceHelper.stopAndShutdownServices(consumer, endpoint);
            throw e.getMessage() != null && e.getMessage().contains("PlatformHttpEngine") ? noServer(e) : e;
        }
        LOG.debug("Serving the Instagram webhook at {} on {}", path, componentName);
    }

    /** Lists the path among the application's HTTP endpoints (camel-main prints them at start), when it has them. */
    private void listOnPlatformHttp() {
        if (camelContext.hasComponent(componentName) instanceof PlatformHttpComponent platformHttp) {
            platformHttp.addHttpEndpoint(path, "GET,POST", null, null, owner);
            listedOn = platformHttp;
        }
    }

    private IllegalStateException noServer(Exception cause) {
        return new IllegalStateException("instagram-webhook:" + path + " has no HTTP server to receive Meta's requests:"
                                         + " with camel-main or Camel JBang set camel.server.enabled=true (and"
                                         + " camel.server.port) with camel-platform-http-main on the class path; on"
                                         + " Spring Boot add camel-platform-http-starter; in a plain CamelContext add a"
                                         + " VertxPlatformHttpServer service from camel-platform-http-vertx (or name"
                                         + " another platform-http component with platformHttpComponentName)", cause);
    }

    public void stop() {
        if (served != null) {
            served.stop();
            served = null;
        }
        if (listedOn != null) {
            listedOn.removeHttpEndpoint(path);
            listedOn = null;
        }
        ServiceHelper.stopAndShutdownServices(consumer, endpoint);
        consumer = null;
        endpoint = null;
    }

    public void suspend() {
        if (served != null) {
            served.suspend();
        }
        ServiceHelper.suspendService(consumer);
    }

    public void resume() {
        if (served != null) {
            served.resume();
        }
        ServiceHelper.resumeService(consumer);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, PlatformHttpRegistration.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
