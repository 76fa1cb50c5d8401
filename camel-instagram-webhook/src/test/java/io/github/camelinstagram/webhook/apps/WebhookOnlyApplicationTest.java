package io.github.camelinstagram.webhook.apps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelinstagram.testing.LogCapture;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camel-main application (what Camel JBang and Camel K run) whose only route is a YAML route from
 * instagram-webhook:, configured by application.properties: it starts and serves Meta with camel.server.enabled, says
 * what to do without it, keeps its secrets out of the startup summary, and refuses a duration that is not one.
 */
class WebhookOnlyApplicationTest {

    private static final String VERIFY_TOKEN = "verify-token-from-properties";
    private static final String APP_SECRET = "app-secret-from-properties";
    private static final String ROUTE = """
            - from:
                uri: instagram-webhook:/instagram/webhook
                steps:
                  - to: mock:events
            """;

    @TempDir
    Path dir;

    private Main main(String properties) throws Exception {
        Files.writeString(dir.resolve("route.yaml"), ROUTE);
        Path file = dir.resolve("application.properties");
        Files.writeString(file, properties + "\ncamel.main.routes-include-pattern=file:" + dir.resolve("route.yaml")
                                + "\ncamel.component.instagram-webhook.verify-token=" + VERIFY_TOKEN
                                + "\ncamel.component.instagram-webhook.app-secret=" + APP_SECRET + "\n");
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + file);
        return main;
    }

    @Test
    void startsAndServesMetaWithTheServerEnabled() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Main main = main("camel.server.enabled=true\ncamel.server.port=" + port);
        try (LogCapture log = LogCapture.capture(Level.INFO)) {
            main.start();
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String base = "http://localhost:" + port + "/instagram/webhook";
                HttpResponse<String> handshake = client.send(HttpRequest.newBuilder(URI.create(base
                        + "?hub.mode=subscribe&hub.challenge=99&hub.verify_token=" + VERIFY_TOKEN)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                byte[] body = ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":"
                               + "{\"id\":\"u\"},\"timestamp\":1,\"message\":{\"mid\":\"app.1\",\"text\":\"hi\"}}]}]}")
                        .getBytes(StandardCharsets.UTF_8);
                HttpResponse<String> delivery = client.send(HttpRequest.newBuilder(URI.create(base))
                        .header(SignatureVerifier.HEADER, SignatureVerifier.sign(APP_SECRET, body))
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertEquals("99", handshake.body());
                assertEquals(200, delivery.statusCode());
                assertEquals(1, main.getCamelContext().getEndpoint("mock:events", MockEndpoint.class)
                        .getReceivedCounter());
            } finally {
                main.stop();
            }
            String all = log.dump();
            assertTrue(all.contains("verifyToken = xxxxxx"), all);
            assertTrue(all.contains("appSecret = xxxxxx"), all);
            assertFalse(all.contains(VERIFY_TOKEN), all);
            assertFalse(all.contains(APP_SECRET), all);
        }
    }

    @Test
    void withoutAnHttpServerTheStartSaysWhatToDo() throws Exception {
        Main main = main("");

        Exception failure = assertThrows(Exception.class, main::start);

        String messages = messages(failure);
        assertTrue(messages.contains("camel.server.enabled=true"), messages);
        assertFalse(messages.contains("Circular dependency"), messages);
        main.stop();
    }

    @Test
    void aDurationThatIsNotOneStopsTheStart() throws Exception {
        Main main = main("camel.server.enabled=true\ncamel.server.port=0\n"
                         + "camel.component.instagram-webhook.answer-timeout=quick");

        Exception failure = assertThrows(Exception.class, main::start);

        String messages = messages(failure);
        assertTrue(messages.contains("answerTimeout") && messages.contains("duration"), messages);
        main.stop();
    }

    private static String messages(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
