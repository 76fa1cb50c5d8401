package io.github.camelinstagram.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.Payloads.ACCOUNT;
import static io.github.camelinstagram.webhook.Payloads.messaging;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's options: fields, includeEchoes, skipSignatureVerification, the refusal to start without secrets,
 * secrets kept out of URIs and logs, and options set on the component.
 */
class ConsumerOptionsTest {

    @Test
    void fieldsSelectWhatIsRoutedAndTheRestIsAcknowledged() throws Exception {
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&fields=comments, message_reactions").to("mock:events");
            }
        })) {
            MockEndpoint events = server.mock("mock:events");
            String json = "[" + messaging(Payloads.textMessage("f1", "dropped"),
                    Payloads.item(Payloads.TS, "reaction", "{\"mid\":\"f1\",\"action\":\"react\"}"),
                    Payloads.item(Payloads.TS, "read", "{\"mid\":\"f1\"}"))
                          + "," + Payloads.changes(1785412106, Payloads.comment("comments", "f2", "u", "kept"),
                                  Payloads.comment("live_comments", "f3", "u", "dropped"))
                          + "]";
            assertEquals(200, server.postSigned(json).statusCode());
            assertEquals(List.of("message_reactions", "comments"), events.getReceivedExchanges().stream()
                    .map(e -> e.getMessage().getHeader(InstagramConstants.FIELD, String.class)).toList());
        }
    }

    @Test
    void includeEchoesRoutesTheAccountsOwnMessagesAndCommentsMarked() throws Exception {
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&includeEchoes=true").to("mock:events");
            }
        })) {
            MockEndpoint events = server.mock("mock:events");
            assertEquals(200, server.postSigned(messaging(Payloads.echo("echo.2", "mine"))).statusCode());
            assertEquals(200, server.postSigned(Payloads.changes(1785412106,
                    Payloads.comment("comments", "own.2", ACCOUNT, "mine"))).statusCode());
            assertEquals(2, events.getReceivedCounter());
            for (var exchange : events.getReceivedExchanges()) {
                assertEquals(Boolean.TRUE, exchange.getMessage().getHeader(InstagramConstants.IS_ECHO));
            }
            assertEquals(ACCOUNT, events.getReceivedExchanges().get(0).getMessage()
                    .getHeader(InstagramConstants.SENDER_ID));
        }
    }

    @Test
    void skipSignatureVerificationAcceptsUnsignedEventsAndWarnsAtStart() throws Exception {
        try (LogCapture log = LogCapture.capture();
             WebhookServer server = WebhookServer.start(new RouteBuilder() {
                 @Override
                 public void configure() {
                     from("instagram-webhook:/open?verifyToken=t&skipSignatureVerification=true").to("mock:events");
                 }
             })) {
            assertTrue(log.lines().stream().anyMatch(line -> line.level() == Level.WARN
                                                             && line.text().contains("Signature verification is OFF")),
                    "a warning at start");
            byte[] body = messaging(Payloads.textMessage("open.1", "x")).getBytes(StandardCharsets.UTF_8);
            assertEquals(200, server.post("/open", body, null).statusCode());
            assertEquals(1, server.mock("mock:events").getReceivedCounter());
        }
    }

    @Test
    void refusesToStartWithoutAnAppSecret() {
        Exception failure = assertThrows(Exception.class, () -> WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("instagram-webhook:/nosecret?verifyToken=tok-value").to("mock:events");
            }
        }));
        String messages = messages(failure);
        assertTrue(messages.contains("appSecret must be set"), messages);
        assertFalse(messages.contains("tok-value"), messages);
    }

    @Test
    void refusesToStartWithoutAVerifyToken() {
        Exception failure = assertThrows(Exception.class, () -> WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("instagram-webhook:/notoken?appSecret=secret-value").to("mock:events");
            }
        }));
        String messages = messages(failure);
        assertTrue(messages.contains("verifyToken must be set"), messages);
        assertFalse(messages.contains("secret-value"), messages);
    }

    @Test
    void refusesABadMaxBodySize() {
        Exception failure = assertThrows(Exception.class, () -> WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&maxBodySize=lots").to("mock:events");
            }
        }));
        assertTrue(messages(failure).contains("Not a size"), messages(failure));
    }

    @Test
    void secretsStayOutOfUrisToStringAndLogs() throws Exception {
        String token = "verify-TOKEN-4711";
        String secret = "app-SECRET-0815";
        try (LogCapture log = LogCapture.capture();
             WebhookServer server = WebhookServer.start(new RouteBuilder() {
                 @Override
                 public void configure() {
                     from("instagram-webhook:/masked?verifyToken=" + token + "&appSecret=other," + secret)
                             .routeId("masked").to("mock:events");
                 }
             })) {
            Endpoint endpoint = server.context().getRoute("masked").getEndpoint();
            // the endpoint keeps its real URI (two endpoints with other secrets are other endpoints); what Camel prints
            // of it is masked
            String printed = org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri());
            assertFalse(printed.contains(token), printed);
            assertFalse(printed.contains(secret), printed);
            assertFalse(endpoint.toString().contains(secret), endpoint.toString());
            assertFalse(endpoint.toString().contains(token), endpoint.toString());
            assertSame(endpoint, server.context().getEndpoint(endpoint.getEndpointUri()));
            InstagramWebhookEndpoint webhook = (InstagramWebhookEndpoint) endpoint;
            assertEquals(secret, webhook.getConfiguration().appSecrets().get(1));
            server.get("/masked?hub.mode=subscribe&hub.challenge=1&hub.verify_token=" + token);
            server.get("/masked?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong");
            byte[] body = messaging(Payloads.textMessage("m.masked", "x")).getBytes(StandardCharsets.UTF_8);
            server.post("/masked", body, io.github.camelinstagram.webhook.signature.SignatureVerifier.sign(secret, body));
            server.post("/masked", body, "sha256=" + "1".repeat(64));
            assertFalse(log.lines().isEmpty());
            for (LogCapture.Line line : log.lines()) {
                assertFalse(line.text().contains(token) || line.text().contains(secret), line.toString());
            }
        }
    }

    @Test
    void aSuspendedRouteStopsServingUntilResumed() throws Exception {
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).routeId("suspendable").to("mock:events");
            }
        })) {
            String handshake = WebhookServer.PATH + "?hub.mode=subscribe&hub.challenge=5&hub.verify_token="
                               + WebhookServer.TOKEN;
            server.context().getRouteController().suspendRoute("suspendable");
            assertEquals(503, server.get(handshake).statusCode());
            assertEquals(503, server.postSigned(messaging(Payloads.textMessage("susp.1", "x"))).statusCode());
            server.context().getRouteController().resumeRoute("suspendable");
            assertEquals(200, server.get(handshake).statusCode());
            assertEquals(200, server.postSigned(messaging(Payloads.textMessage("susp.1", "x"))).statusCode());
            assertEquals(1, server.mock("mock:events").getReceivedCounter());
            server.context().getRouteController().stopRoute("suspendable");
            assertEquals(404, server.get(handshake).statusCode());
        }
    }

    @Test
    void optionsCanBeSetOnTheComponent() throws Exception {
        CamelContext probe = new DefaultCamelContext();
        try {
            InstagramWebhookComponent component = new InstagramWebhookComponent();
            component.getConfiguration().setVerifyToken("component-token");
            component.getConfiguration().setAppSecret("component-secret");
            component.getConfiguration().setMaxBodySize("512KB");
            probe.addComponent("instagram-webhook", component);
            InstagramWebhookEndpoint endpoint = probe.getEndpoint("instagram-webhook:hook?includeEchoes=true",
                    InstagramWebhookEndpoint.class);
            assertEquals("/hook", endpoint.getPath());
            assertEquals("component-token", endpoint.getConfiguration().getVerifyToken());
            assertEquals(512 * 1024, endpoint.getConfiguration().maxBodySizeBytes());
            assertTrue(endpoint.getConfiguration().isIncludeEchoes());
            assertFalse(component.getConfiguration().isIncludeEchoes(), "the endpoint works on a copy");
            assertThrows(UnsupportedOperationException.class, endpoint::createProducer);
        } finally {
            probe.stop();
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
