package io.github.camelinstagram.webhook.readme;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's routes, configured as the README says (the token on the component, the webhook secrets as
 * properties), against a stand-in for graph.instagram.com: a question gets the HUMAN_AGENT answer, any other message
 * the thank-you, and the moderation route hides the comments that contain "spam".
 */
class ReadmeRoutesTest {

    private static final String ACCOUNT = "17841400000000001";

    @Test
    void readmeRoutesAnswerMessagesAndHideSpam() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        List<String> graphCalls = new CopyOnWriteArrayList<>();
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.getPropertiesComponent().addInitialProperty("ig.verify-token", "readme-verify");
        context.getPropertiesComponent().addInitialProperty("ig.app-secret", "readme-secret");
        var instagram = context.getComponent("instagram", io.github.camelinstagram.InstagramComponent.class);
        instagram.getConfiguration().setAccessToken("IGAAreadme0000");
        instagram.getConfiguration().setAccountId(ACCOUNT);
        instagram.getConfiguration().setBaseUrl("http://localhost:" + port + "/graph");
        context.addRoutes(new ReadmeRoutes());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/graph?matchOnUriPrefix=true").process(exchange -> {
                    Message message = exchange.getMessage();
                    String path = message.getHeader(Exchange.HTTP_PATH, String.class);
                    graphCalls.add(message.getHeader(Exchange.HTTP_METHOD) + " " + path + " "
                                   + message.getBody(String.class));
                    message.removeHeaders("*");
                    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
                    if (path.endsWith("/comments")) {
                        message.setBody("{\"data\":[{\"id\":\"c1\",\"text\":\"cheap spam here\"},"
                                        + "{\"id\":\"c2\",\"text\":\"love it\"}]}");
                    } else if (path.endsWith("/messages")) {
                        message.setBody("{\"recipient_id\":\"u1\",\"message_id\":\"mid.reply\"}");
                    } else {
                        message.setBody("{\"success\":true}");
                    }
                });
            }
        });
        context.start();
        try {
            deliver(port, "m.question", "Do you ship to Lyon?");
            deliver(port, "m.thanks", "Great shop");

            await().atMost(Duration.ofSeconds(10)).until(() -> graphCalls.stream()
                    .anyMatch(call -> call.startsWith("POST /graph/v25.0/c1 ")));
            assertTrue(graphCalls.contains("POST /graph/v25.0/" + ACCOUNT + "/messages {\"recipient\":{\"id\":\"u1\"},"
                                           + "\"messaging_type\":\"MESSAGE_TAG\",\"tag\":\"HUMAN_AGENT\",\"message\":{"
                                           + "\"text\":\"A colleague will answer you shortly.\"}}"), graphCalls.toString());
            assertTrue(graphCalls.contains("POST /graph/v25.0/" + ACCOUNT + "/messages {\"recipient\":{\"id\":\"u1\"},"
                                           + "\"message\":{\"text\":\"Thanks for your message!\"}}"), graphCalls.toString());
            assertTrue(graphCalls.stream().anyMatch(call -> call.startsWith("POST /graph/v25.0/c1 ")
                                                            && call.contains("hide=true")), graphCalls.toString());
            assertEquals(0, graphCalls.stream().filter(call -> call.startsWith("POST /graph/v25.0/c2")).count());
        } finally {
            context.stop();
        }
    }

    private static void deliver(int port, String mid, String text) throws Exception {
        byte[] body = ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1,\"messaging\":[{"
                       + "\"sender\":{\"id\":\"u1\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},\"timestamp\":1,"
                       + "\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/instagram/webhook"))
                        .header(SignatureVerifier.HEADER, SignatureVerifier.sign("readme-secret", body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }
}
