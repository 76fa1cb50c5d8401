package io.github.camelinstagram.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camelinstagram.webhook.WebhookServer.PATH;
import static io.github.camelinstagram.webhook.WebhookServer.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * X-Hub-Signature-256 over the exact bytes received, on a real Vert.x server: missing or wrong signatures are 403 and
 * route nothing; any of several secrets is accepted; escaped non-ASCII text verifies and arrives decoded.
 */
class SignatureHttpTest {

    private static final String MULTI = "/ig-multi";

    private static WebhookServer server;
    private static MockEndpoint events;

    @BeforeAll
    static void start() throws Exception {
        server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).to("mock:events");
                from("instagram-webhook:" + MULTI + "?verifyToken=t&appSecret= instagram-secret , meta-secret ")
                        .to("mock:events");
            }
        });
        events = server.mock("mock:events");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        events.reset();
    }

    private static byte[] payload(String mid) {
        return Payloads.messaging(Payloads.textMessage(mid, "hi")).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void missingSignatureIs403() throws Exception {
        HttpResponse<String> response = server.post(PATH, payload("s1"), null);
        assertEquals(403, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void wrongSignaturesAre403() throws Exception {
        byte[] body = payload("s2");
        String good = SignatureVerifier.sign(SECRET, body);
        for (String bad : new String[] {
                SignatureVerifier.sign("not-the-secret", body), "sha256=" + "0".repeat(64), good.substring(7),
                "sha1=" + good.substring(7), good.substring(0, good.length() - 1), "sha256=", "garbage" }) {
            assertEquals(403, server.post(PATH, body, bad).statusCode(), bad);
        }
        byte[] tampered = payload("s2-tampered");
        assertEquals(403, server.post(PATH, tampered, good).statusCode());
        assertEquals(0, events.getReceivedCounter());
        assertEquals(200, server.post(PATH, body, good).statusCode());
        assertEquals(1, events.getReceivedCounter());
    }

    @Test
    void anyConfiguredSecretIsAccepted() throws Exception {
        byte[] first = payload("multi-1");
        byte[] second = payload("multi-2");
        assertEquals(200, server.post(MULTI, first, SignatureVerifier.sign("instagram-secret", first)).statusCode());
        assertEquals(200, server.post(MULTI, second, SignatureVerifier.sign("meta-secret", second)).statusCode());
        assertEquals(403, server.post(MULTI, first, SignatureVerifier.sign(SECRET, first)).statusCode());
        assertEquals(2, events.getReceivedCounter());
    }

    @Test
    void escapedNonAsciiTextIsVerifiedOnTheRawBytesAndArrivesDecoded() throws Exception {
        // what Meta sends: non-ASCII characters escaped as \\uXXXX, in the bytes it signs
        String sent = Payloads.messaging(Payloads.textMessage("esc-1", "caf\\u00e9 \\u2713 \\ud83d\\ude00 \\u0645\\u0631\\u062d\\u0628\\u0627"));
        byte[] body = sent.getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> response = server.post(PATH, body, SignatureVerifier.sign(SECRET, body));
        assertEquals(200, response.statusCode());
        assertEquals(1, events.getReceivedCounter());
        assertEquals("caf\u00e9 \u2713 \uD83D\uDE00 \u0645\u0631\u062d\u0628\u0627",
                events.getReceivedExchanges().get(0).getMessage().getHeader(InstagramConstants.TEXT));
    }

    @Test
    void rawUtf8TextIsVerifiedToo() throws Exception {
        byte[] body = Payloads.messaging(Payloads.textMessage("utf8-1", "caf\u00e9 \u2713"))
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(200, server.post(PATH, body, SignatureVerifier.sign(SECRET, body)).statusCode());
        assertEquals("caf\u00e9 \u2713",
                events.getReceivedExchanges().get(0).getMessage().getHeader(InstagramConstants.TEXT));
    }
}
