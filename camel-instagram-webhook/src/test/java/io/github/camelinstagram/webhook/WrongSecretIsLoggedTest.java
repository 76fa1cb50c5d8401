package io.github.camelinstagram.webhook;

import java.nio.charset.StandardCharsets;

import io.github.camelinstagram.testing.LogCapture;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong app secret shows: the handshake succeeds (the verify token is right), deliveries are refused 403, and the
 * refusals are logged at WARN, once, with the path and the remote address, never the secret or the body.
 */
class WrongSecretIsLoggedTest {

    @Test
    void deliveriesSignedWithAnotherSecretAreRefusedAndLoggedOnce() throws Exception {
        try (LogCapture log = LogCapture.capture();
             WebhookServer server = WebhookServer.start(new RouteBuilder() {
                 @Override
                 public void configure() {
                     from(WebhookServer.URI).to("mock:events");
                 }
             })) {
            assertEquals(200, server.get(WebhookServer.PATH + "?hub.mode=subscribe&hub.challenge=7&hub.verify_token="
                                         + WebhookServer.TOKEN).statusCode());
            byte[] body = Payloads.messaging(Payloads.textMessage("wrong.1", "hi")).getBytes(StandardCharsets.UTF_8);
            String signedByMetaWithTheOtherSecret = SignatureVerifier.sign("the-meta-app-secret", body);

            for (int i = 0; i < 5; i++) {
                assertEquals(403, server.post(WebhookServer.PATH, body, signedByMetaWithTheOtherSecret).statusCode());
            }

            assertEquals(0, server.mock("mock:events").getReceivedCounter());
            assertEquals(1, log.find(Level.WARN, "X-Hub-Signature-256").size(), log.dump());
            String warning = log.find(Level.WARN, "X-Hub-Signature-256").get(0).text();
            assertTrue(warning.contains(WebhookServer.PATH) && warning.contains("127.0.0.1"), warning);
            assertFalse(log.dump().contains(WebhookServer.SECRET), log.dump());
            assertFalse(log.dump().contains("the-meta-app-secret"), log.dump());
            assertFalse(log.dump().contains("wrong.1"), "no body in the log");
        }
    }
}
