package io.github.camelinstagram.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntFunction;

import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A CamelContext with a real Vert.x platform-http server on a free port, the given routes and beans, and a plain JDK
 * HTTP client to talk to it.
 */
final class WebhookServer implements AutoCloseable {

    static final String SECRET = "test-app-secret";
    static final String TOKEN = "test-verify-token";
    static final String PATH = "/ig";
    static final String URI = "instagram-webhook:" + PATH + "?verifyToken=" + TOKEN + "&appSecret=" + SECRET;

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final CamelContext context;
    private final int port;

    private WebhookServer(CamelContext context, int port) {
        this.context = context;
        this.port = port;
    }

    static WebhookServer start(RoutesBuilder routes) throws Exception {
        return start(routes, Map.of());
    }

    static WebhookServer start(RoutesBuilder routes, Map<String, Object> beans) throws Exception {
        return start(port -> routes, beans);
    }

    /** Starts a server whose routes need to know its port. */
    static WebhookServer start(IntFunction<RoutesBuilder> routes, Map<String, Object> beans) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(configuration));
        beans.forEach(context.getRegistry()::bind);
        context.addRoutes(routes.apply(port));
        try {
            context.start();
        } catch (Exception e) {
            context.stop();
            throw e;
        }
        return new WebhookServer(context, port);
    }

    CamelContext context() {
        return context;
    }

    int port() {
        return port;
    }

    MockEndpoint mock(String uri) {
        return context.getEndpoint(uri, MockEndpoint.class);
    }

    URI uri(String pathAndQuery) {
        return java.net.URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** POSTs the JSON to {@link #PATH}, signed with {@link #SECRET}. */
    HttpResponse<String> postSigned(String json) throws IOException, InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(PATH, body, SignatureVerifier.sign(SECRET, body));
    }

    HttpResponse<String> post(String path, byte[] body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(SignatureVerifier.HEADER, signature);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpClient client() {
        return CLIENT;
    }

    @Override
    public void close() {
        context.stop();
    }
}
