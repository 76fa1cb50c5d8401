package io.github.camelinstagram.webhook;

import java.net.http.HttpResponse;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelinstagram.webhook.WebhookServer.PATH;
import static io.github.camelinstagram.webhook.WebhookServer.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verification handshake on a real Vert.x server: the challenge verbatim as text/plain only for the right token,
 * 403 for everything else, never routed.
 */
class VerificationHandshakeHttpTest {

    private static WebhookServer server;
    private static MockEndpoint events;

    @BeforeAll
    static void start() throws Exception {
        server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).to("mock:events");
            }
        });
        events = server.mock("mock:events");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void nothingRouted() {
        assertEquals(0, events.getReceivedCounter(), "a GET must never be routed");
    }

    @Test
    void answersTheChallengeVerbatimWhenTheTokenMatches() throws Exception {
        HttpResponse<String> response
                = server.get(PATH + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=" + TOKEN);
        assertEquals(200, response.statusCode());
        assertEquals("1158201444", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void decodesTheQueryAndEchoesTheDecodedChallengeAsPlainText() throws Exception {
        HttpResponse<String> response = server.get(PATH + "?hub.verify_token=" + TOKEN
                                                   + "&hub.challenge=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%C3%A9"
                                                   + "&hub.mode=subscribe");
        assertEquals(200, response.statusCode());
        assertEquals("<script>alert(1)</script> \u00e9", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void acceptsAPercentEncodedToken() throws Exception {
        // test-verify-token with its dashes and letters percent-encoded
        HttpResponse<String> response = server.get(
                PATH + "?hub.mode=subscribe&hub.challenge=42&hub.verify_token=test%2Dverify%2d%74oken");
        assertEquals(200, response.statusCode());
        assertEquals("42", response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=wrong",
            "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=test-verify-tokenX",
            "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=test-verify-toke",
            "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=",
            "?hub.mode=subscribe&hub.challenge=1158201444",
            "?hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=" + TOKEN,
            "?hub.challenge=1158201444&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.challenge=&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.challenge=1&hub.challenge=2&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=" + TOKEN + "&hub.verify_token=" + TOKEN,
            "?hub.mode&hub.challenge&hub.verify_token",
            "?hub.mode=subscribe&hub.challenge=%zz&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.challenge=12%&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.challenge=%C3%28&hub.verify_token=" + TOKEN,
            "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=%ZZtest-verify-token",
            "?&&&=&==",
            "?",
            "" })
    void refusesEverythingElseWith403(String query) throws Exception {
        // sent byte for byte: the JDK client would refuse the malformed escapes
        RawHttp.Answer answer = RawHttp.get(server.port(), PATH + query);
        assertEquals(403, answer.status(), query);
        assertEquals("Forbidden", answer.body());
    }

    @Test
    void rawClientSeesTheSameChallengeAsTheJdkClient() throws Exception {
        RawHttp.Answer answer
                = RawHttp.get(server.port(), PATH + "?hub.mode=subscribe&hub.challenge=77&hub.verify_token=" + TOKEN);
        assertEquals(200, answer.status());
        assertEquals("77", answer.body());
    }
}
