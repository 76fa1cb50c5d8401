package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.faults.FaultRule;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.UsageBudget;
import io.github.camelinstagram.sandbox.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create().configure(b -> b.usageBudget(new UsageBudget(50, 40)));

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Http.Answer me() {
        return http().get("/v25.0/me", sandbox.accessToken());
    }

    @Test
    void latencyDelaysTheAnswer() {
        sandbox.server().faults().add(FaultRule.latency(Duration.ofMillis(300)).times(1));
        long start = System.nanoTime();
        assertEquals(200, me().status());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 300);
        long second = System.nanoTime();
        assertEquals(200, me().status());
        assertTrue((System.nanoTime() - second) / 1_000_000 < 300, "only the first request was delayed");
    }

    @Test
    void errorsAnswerTransient5xxForTheNextRequestsOnly() {
        Http.Answer added = http().control("POST", "/faults", "{\"kind\":\"error\",\"status\":503,\"times\":2}");
        assertEquals(200, added.status(), added.text());
        Http.Answer first = me();
        assertEquals(503, first.status());
        assertEquals(2, first.error().path("code").asInt());
        assertTrue(first.error().path("is_transient").asBoolean());
        assertEquals(503, me().status());
        assertEquals(200, me().status());
        sandbox.server().faults().add(FaultRule.error(500).times(1));
        assertEquals(1, me().error().path("code").asInt());
    }

    @Test
    void aResetClosesTheConnectionWithoutAnAnswer() {
        sandbox.server().faults().add(FaultRule.reset().times(1));
        // a POST: the JDK client would silently repeat a GET on a closed connection
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> http().postForm(
                "/v25.0/me/subscribed_apps?subscribed_fields=comments", sandbox.accessToken(), java.util.Map.of()));
        assertTrue(failure.getCause() instanceof IOException);
        assertEquals(200, me().status());
    }

    @Test
    void throttlingAnswersItsCodeAndRegainTime() {
        http().control("POST", "/faults", "{\"kind\":\"throttle\",\"code\":80002,\"regainMinutes\":7,\"times\":1,"
                                          + "\"pathPrefix\":\"/me/messages\"}");
        assertEquals(200, me().status(), "the prefix does not match /me");
        Http.Answer throttled = http().postJson("/v25.0/me/messages", sandbox.accessToken(), "{}");
        assertEquals(80002, throttled.error().path("code").asInt());
        JsonNode usage = Json.parse(throttled.header("X-Business-Use-Case-Usage")).path(sandbox.accountId()).get(0);
        assertEquals(7, usage.path("estimated_time_to_regain_access").asInt());
        assertEquals(100, usage.path("call_count").asInt());
    }

    @Test
    void aFaultForADurationEndsByItselfAndFaultsAreListedAndRemoved() {
        Http.Answer added = http().control("POST", "/faults", "{\"kind\":\"error\",\"status\":502,"
                                                              + "\"durationMs\":60000}");
        String id = added.json().path("id").asText();
        assertEquals(502, me().status());
        assertEquals(1, http().control("GET", "/faults", null).json().size());
        assertEquals(200, http().control("DELETE", "/faults/" + id, null).status());
        assertEquals(200, me().status());
        assertEquals(400, http().control("POST", "/faults", "{\"kind\":\"error\",\"status\":404}").status());
        assertEquals(400, http().control("POST", "/faults", "{\"kind\":\"throttle\",\"code\":5}").status());
    }

    @Test
    void theAccountBudgetThrottlesWith80002AndTheUsageHeadersGrow() {
        int before = Json.parse(me().header("X-Business-Use-Case-Usage")).path(sandbox.accountId()).get(0)
                .path("call_count").asInt();
        for (int i = 0; i < 38; i++) {
            me();
        }
        Http.Answer last = me();
        JsonNode usage = Json.parse(last.header("X-Business-Use-Case-Usage")).path(sandbox.accountId()).get(0);
        assertTrue(usage.path("call_count").asInt() > before);
        Http.Answer refused = me();
        assertEquals(80002, refused.error().path("code").asInt());
        JsonNode regain = Json.parse(refused.header("X-Business-Use-Case-Usage")).path(sandbox.accountId()).get(0);
        assertTrue(regain.path("estimated_time_to_regain_access").asInt() > 0);
        sandbox.server().advanceClock(Duration.ofHours(24));
        assertEquals(200, me().status());
    }
}
