package io.github.camelinstagram.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.model.InstagramUser;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.Payloads.ACCOUNT;
import static io.github.camelinstagram.webhook.Payloads.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headers the webhook writes are those the instagram: producer reads, so a route from the webhook to the producer
 * needs no glue code. A platform-http route on the same server stands in for graph.instagram.com.
 */
class ProducerChainingHttpTest {

    @Test
    void aMessageRoutedStraightToSendMessageAnswersItsSender() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        try (WebhookServer server = WebhookServer.start(port -> new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI)
                        .setBody(simple("You said: ${header.CamelInstagramText}"))
                        .to("instagram:sendMessage?accessToken=IGAAtesttoken0000&accountId=" + ACCOUNT
                            + "&baseUrl=http://localhost:" + port + "/graph")
                        .to("mock:sent");
                from("platform-http:/graph?matchOnUriPrefix=true").process(exchange -> {
                    Message message = exchange.getMessage();
                    sent.add(message.getHeader(Exchange.HTTP_PATH) + " " + message.getBody(String.class));
                    message.removeHeaders("*");
                    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
                    message.setBody("{\"recipient_id\":\"" + USER + "\",\"message_id\":\"mid.answer\"}");
                });
            }
        }, Map.of())) {
            assertEquals(200, server.postSigned(Payloads.messaging(Payloads.textMessage("dm.1", "hello"))).statusCode());

            assertEquals(List.of("/graph/v25.0/" + ACCOUNT + "/messages {\"recipient\":{\"id\":\"" + USER + "\"},"
                                 + "\"message\":{\"text\":\"You said: hello\"}}"), sent);
            assertEquals("mid.answer", server.mock("mock:sent").getReceivedExchanges().get(0).getMessage()
                    .getHeader(InstagramConstants.ID));
        }
    }

    @Test
    void webhookEventsDriveProducerCallsWithoutGlueCode() throws Exception {
        List<String> graphCalls = new CopyOnWriteArrayList<>();
        List<String> graphBodies = new CopyOnWriteArrayList<>();
        try (WebhookServer server = WebhookServer.start(port -> new RouteBuilder() {
            @Override
            public void configure() {
                String producer = "?accessToken=IGAAtesttoken0000&accountId=" + ACCOUNT + "&rateLimiting=false"
                                  + "&maxRetries=0&baseUrl=http://localhost:" + port + "/graph";
                from(WebhookServer.URI).to("instagram:getUserProfile" + producer).to("mock:profiles");
                from("instagram-webhook:/ig-comments?verifyToken=t&appSecret=" + WebhookServer.SECRET)
                        .setBody(constant("Thanks!"))
                        .to("instagram:reply" + producer)
                        .to("mock:replies");
                from("platform-http:/graph?matchOnUriPrefix=true").process(exchange -> {
                    Message message = exchange.getMessage();
                    String path = message.getHeader(Exchange.HTTP_PATH, String.class);
                    graphCalls.add(message.getHeader(Exchange.HTTP_METHOD) + " " + path);
                    graphBodies.add(String.valueOf(message.getBody(String.class)));
                    message.removeHeaders("*");
                    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
                    message.setBody(path.endsWith("/replies")
                            ? "{\"id\":\"reply-1\"}"
                            : "{\"id\":\"" + USER + "\",\"username\":\"ann\",\"name\":\"Ann\"}");
                });
            }
        }, Map.of())) {
            assertEquals(200, server.postSigned(Payloads.messaging(Payloads.textMessage("chain.1", "hi"))).statusCode());
            MockEndpoint profiles = server.mock("mock:profiles");
            assertEquals(1, profiles.getReceivedCounter());
            InstagramUser user = assertInstanceOf(InstagramUser.class,
                    profiles.getReceivedExchanges().get(0).getMessage().getBody());
            assertEquals("ann", user.getUsername());

            byte[] comment = Payloads.changes(1785412106, Payloads.comment("comments", "c-77", "u1", "Love it"))
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(200, server.post("/ig-comments", comment, SignatureVerifier.sign(WebhookServer.SECRET, comment))
                    .statusCode());
            MockEndpoint replies = server.mock("mock:replies");
            assertEquals(1, replies.getReceivedCounter());
            assertEquals("reply-1", replies.getReceivedExchanges().get(0).getMessage().getHeader(InstagramConstants.ID));

            // the sender and the comment of the events, as the producer read them from the headers
            assertEquals(List.of("GET /graph/v25.0/" + USER, "POST /graph/v25.0/c-77/replies"), graphCalls);
            assertTrue(graphBodies.get(1).contains("Thanks"), graphBodies.get(1));
        }
    }
}
