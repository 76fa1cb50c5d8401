package io.github.camelinstagram.sandbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import io.github.camelinstagram.sandbox.support.Json;
import io.github.camelinstagram.sandbox.webhooks.DeliveryAttempt.Outcome;
import io.github.camelinstagram.sandbox.webhooks.DeliveryAttempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookDeliveryTest {

    private static final String VERIFY_TOKEN = "verify-me";

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create().configure(b -> b
            .webhookBatchWindow(Duration.ofMillis(150))
            .webhookRetrySchedule(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400))));

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver(VERIFY_TOKEN);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private void configureAndSubscribe() {
        Http.Answer configured = http().control("PUT", "/webhook", "{\"callbackUrl\":\"" + receiver.url()
                                                                   + "\",\"verifyToken\":\"" + VERIFY_TOKEN + "\"}");
        assertEquals(200, configured.status(), configured.text());
        assertEquals(200, http().postForm("/v25.0/me/subscribed_apps?subscribed_fields=comments,messages,"
                                          + "message_reactions,messaging_seen,messaging_postbacks",
                sandbox.accessToken(), java.util.Map.of()).status());
    }

    private String simulate(String action, String json) {
        Http.Answer answer = http().control("POST", "/accounts/" + sandbox.accountId() + "/simulate/" + action, json);
        assertEquals(200, answer.status(), answer.text());
        return answer.text();
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private String toteId() {
        return sandbox.server().sandbox().atomically(() -> sandbox.server().sandbox()
                .mediaOf(sandbox.accountId(), false).get(2).id());
    }

    @Test
    void theCallbackMustPassTheVerificationRequest() {
        Http.Answer refused = http().control("PUT", "/webhook", "{\"callbackUrl\":\"" + receiver.url()
                                                                + "\",\"verifyToken\":\"wrong\"}");
        assertEquals(400, refused.status());
        assertTrue(refused.json().path("error").asText().contains("403"));
        assertEquals(1, receiver.verifications());
        assertFalse(http().control("GET", "/webhook", null).json().path("configured").asBoolean());
        assertThrows(IllegalArgumentException.class,
                () -> sandbox.server().configureWebhook("http://127.0.0.1:1/nothing", "x"));
        configureAndSubscribe();
        assertTrue(http().control("GET", "/webhook", null).json().path("configured").asBoolean());
    }

    @Test
    void aFollowerCommentIsDeliveredSignedOverTheExactBytes() throws Exception {
        configureAndSubscribe();
        simulate("comment", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"mediaId\":\"" + toteId()
                            + "\",\"text\":\"Caf\u00e9 vibes \u2764\ufe0f\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertEquals(hmac(sandbox.appSecret(), request.body()), request.signature256());
        assertTrue(request.signature1().startsWith("sha1="));
        assertEquals("application/json", request.contentType());
        for (byte b : request.body()) {
            assertTrue(b >= 0, "Meta sends ASCII only: non-ASCII is escaped");
        }
        assertTrue(request.text().contains("Caf\\u00e9 vibes \\u2764\\ufe0f"), request.text());
        JsonNode body = Json.parse(request.text());
        assertEquals("instagram", body.path("object").asText());
        JsonNode entry = body.path("entry").get(0);
        assertEquals(sandbox.accountId(), entry.path("id").asText());
        assertTrue(entry.path("time").asLong() < 10_000_000_000L, "changes carry the time in seconds");
        JsonNode change = entry.path("changes").get(0);
        assertEquals("comments", change.path("field").asText());
        assertEquals("Caf\u00e9 vibes \u2764\ufe0f", change.path("value").path("text").asText());
        assertEquals("anna.follower", change.path("value").path("from").path("username").asText());
        assertEquals(toteId(), change.path("value").path("media").path("id").asText());
        assertEquals("FEED", change.path("value").path("media").path("media_product_type").asText());
        assertFalse(change.path("value").has("parent_id"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.server().deliveries().entries().stream()
                .anyMatch(e -> e.outcome() == Outcome.DELIVERED));
        DeliveryAttempt logged = sandbox.server().deliveries().entries().get(0);
        assertEquals(200, logged.status());
        assertEquals(request.text(), logged.payload());
    }

    @Test
    void eventsWithinTheWindowAreBatchedAndMessagingTimesAreMilliseconds() {
        configureAndSubscribe();
        simulate("message", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"text\":\"one\"}");
        simulate("message", "{\"from\":\"" + DefaultSeed.BEN + "\",\"text\":\"two\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> !receiver.received().isEmpty());
        JsonNode body = Json.parse(receiver.received().get(0).text());
        JsonNode entry = body.path("entry").get(0);
        assertEquals(2, entry.path("messaging").size(), body.toString());
        assertTrue(entry.path("time").asLong() > 10_000_000_000L, "messaging carries the time in milliseconds");
        JsonNode first = entry.path("messaging").get(0);
        assertEquals(DefaultSeed.ANNA, first.path("sender").path("id").asText());
        assertEquals(sandbox.accountId(), first.path("recipient").path("id").asText());
        assertEquals("one", first.path("message").path("text").asText());
        assertFalse(first.path("message").has("is_echo"));
        assertEquals(1, receiver.received().size());
    }

    @Test
    void theAccountsOwnMessagesAreEchoed() {
        configureAndSubscribe();
        Http.Answer sent = http().postJson("/v25.0/me/messages", sandbox.accessToken(),
                "{\"recipient\":{\"id\":\"" + DefaultSeed.ANNA + "\"},\"message\":{\"text\":\"Thanks!\"}}");
        await().atMost(Duration.ofSeconds(5)).until(() -> !receiver.received().isEmpty());
        JsonNode item = Json.parse(receiver.received().get(0).text()).path("entry").get(0).path("messaging").get(0);
        assertTrue(item.path("message").path("is_echo").asBoolean());
        assertEquals(sent.json().path("message_id").asText(), item.path("message").path("mid").asText());
        assertEquals(sandbox.accountId(), item.path("sender").path("id").asText());
        assertEquals(DefaultSeed.ANNA, item.path("recipient").path("id").asText());
    }

    @Test
    void reactionsReadsAndPostbacksHaveTheirShapes() {
        configureAndSubscribe();
        String mid = sandbox.server().sandbox().conversation(sandbox.accountId(), DefaultSeed.ANNA).orElseThrow()
                .messages().get(1).mid();
        simulate("reaction", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"mid\":\"" + mid + "\"}");
        simulate("read", "{\"from\":\"" + DefaultSeed.ANNA + "\"}");
        simulate("postback", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"title\":\"Track\",\"payload\":\"TRACK\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().stream()
                .mapToInt(r -> Json.parse(r.text()).path("entry").get(0).path("messaging").size()).sum() == 3);
        String all = receiver.received().stream().map(WebhookReceiver.Received::text).reduce("", String::concat);
        assertTrue(all.contains("\"reaction\":{\"mid\":\"" + mid + "\",\"action\":\"react\",\"reaction\":\"love\","
                                + "\"emoji\":\"\\u2764\\ufe0f\"}"), all);
        assertTrue(all.contains("\"read\":{\"mid\":\"" + mid + "\"}"), all);
        assertTrue(all.contains("\"title\":\"Track\",\"payload\":\"TRACK\""), all);
    }

    @Test
    void failedDeliveriesAreRetriedWithTheSameBytesUntilAccepted() {
        configureAndSubscribe();
        receiver.failNext(2);
        simulate("message", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"text\":\"again?\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 3);
        assertArrayEquals(receiver.received().get(0).body(), receiver.received().get(2).body());
        assertEquals(receiver.received().get(0).signature256(), receiver.received().get(2).signature256());
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.server().deliveries().entries().size() == 3);
        List<DeliveryAttempt> log = sandbox.server().deliveries().entries();
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED, Outcome.DELIVERED),
                log.stream().map(DeliveryAttempt::outcome).toList());
        assertEquals(List.of(1, 2, 3), log.stream().map(DeliveryAttempt::attempt).toList());
        assertEquals(500, log.get(0).status());
        assertEquals(100L, log.get(0).nextRetryMs());
        assertEquals(200L, log.get(1).nextRetryMs());
        assertTrue(Duration.between(log.get(0).time(), log.get(2).time()).toMillis() >= 300);
        assertEquals(1, log.stream().map(DeliveryAttempt::deliveryId).distinct().count());
    }

    @Test
    void aDeliveryIsDroppedAfterTheLastRetry() {
        configureAndSubscribe();
        receiver.failNext(10);
        simulate("message", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"text\":\"lost\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.server().deliveries().entries().stream()
                .anyMatch(e -> e.outcome() == Outcome.DROPPED));
        assertEquals(4, receiver.received().size());
        DeliveryAttempt last = sandbox.server().deliveries().entries().get(3);
        assertEquals(4, last.attempt());
        assertNull(last.nextRetryMs());
    }

    @Test
    void eventsOfUnsubscribedFieldsAreLoggedAsSkipped() {
        Http.Answer configured = http().control("PUT", "/webhook", "{\"callbackUrl\":\"" + receiver.url()
                                                                   + "\",\"verifyToken\":\"" + VERIFY_TOKEN + "\"}");
        assertEquals(200, configured.status());
        simulate("message", "{\"from\":\"" + DefaultSeed.ANNA + "\",\"text\":\"anyone?\"}");
        JsonNode log = http().control("GET", "/deliveries", null).json();
        assertEquals(1, log.size());
        assertEquals("SKIPPED", log.get(0).path("outcome").asText());
        assertTrue(log.get(0).path("error").asText().contains("subscribed_apps"));
        assertTrue(receiver.received().isEmpty());
    }
}
