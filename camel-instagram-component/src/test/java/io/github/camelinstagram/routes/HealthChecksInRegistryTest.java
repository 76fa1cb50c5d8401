package io.github.camelinstagram.routes;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.tokens.InMemoryTokenStore;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token checks in Camel's own health-check registry, as an application's readiness probe reads them: one check
 * per component, named after it, among the producer checks (on with camel.health.producersEnabled), switched off with
 * the component's healthCheckProducerEnabled, and DOWN only when no account can be served.
 */
class HealthChecksInRegistryTest {

    private static final Instant NOW = Instant.now();

    @Test
    void eachComponentHasItsOwnCheckAndOneExpiredAccountOfManyKeepsReadiness() throws Exception {
        InMemoryTokenStore many = new InMemoryTokenStore();
        for (int i = 0; i < 1_000; i++) {
            many.save(StoredToken.issued("1784140000000" + String.format("%04d", i), "IGAAtoken" + i, NOW,
                    Duration.ofDays(50)));
        }
        many.save(StoredToken.issued("17841499999999999", "IGAAdead", NOW, Duration.ofDays(50))
                .withStatus(TokenStatus.EXPIRED));
        InMemoryTokenStore allDead = new InMemoryTokenStore();
        allDead.save(StoredToken.issued("17841400000000777", "IGAAdead7", NOW, Duration.ofDays(50))
                .withStatus(TokenStatus.INVALID));

        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("instagram", component(many));
            context.addComponent("instagram-brand2", component(allDead));
            enableProducerChecks(context);
            context.start();

            Map<String, HealthCheck.Result> results = readiness(context);
            HealthCheck.Result first = results.get("producer:instagram-tokens");
            assertTrue(results.containsKey("producer:instagram-tokens"), results.keySet().toString());
            HealthCheck.Result second = results.get("producer:instagram-brand2-tokens");

            assertEquals(HealthCheck.State.UP, first.getState(), "999 of 1000 accounts can be served");
            assertEquals(1_001, first.getDetails().get("accounts"));
            assertEquals(1, first.getDetails().get("accounts.unusable"));
            assertEquals("EXPIRED_OR_INVALID", first.getDetails().get("account.17841499999999999.status"),
                    "the account that needs attention is detailed first");
            assertTrue(first.getMessage().orElse("").contains("17841499999999999"));
            assertEquals(HealthCheck.State.DOWN, second.getState(), "no account of that component can be served");
            assertTrue(second.getMessage().orElse("").contains("17841400000000777"));
            assertFalse(first.getDetails().toString().contains("IGAA"), "no token in the details");
        }
    }

    @Test
    void componentSwitchTurnsItsCheckOff() throws Exception {
        InMemoryTokenStore allDead = new InMemoryTokenStore();
        allDead.save(StoredToken.issued("17841400000000777", "IGAAdead7", NOW, Duration.ofDays(50))
                .withStatus(TokenStatus.INVALID));
        try (CamelContext context = new DefaultCamelContext()) {
            InstagramComponent component = component(allDead);
            component.setHealthCheckProducerEnabled(false);
            context.addComponent("instagram", component);
            enableProducerChecks(context);
            context.start();

            HealthCheck.Result off = readiness(context).get("producer:instagram-tokens");
            assertEquals(HealthCheck.State.UNKNOWN, off.getState(), "Camel reports a disabled check as UNKNOWN");
            assertEquals(false, off.getDetails().get(HealthCheck.CHECK_ENABLED));
        }
    }

    @Test
    void producerChecksAreOffUnlessCamelTurnsThemOn() throws Exception {
        InMemoryTokenStore allDead = new InMemoryTokenStore();
        allDead.save(StoredToken.issued("17841400000000777", "IGAAdead7", NOW, Duration.ofDays(50))
                .withStatus(TokenStatus.INVALID));
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("instagram", component(allDead));
            context.start();

            assertFalse(readiness(context).containsKey("producer:instagram-tokens"));
        }
    }

    private static InstagramComponent component(InMemoryTokenStore store) {
        InstagramComponent component = new InstagramComponent();
        component.setTokenStore(store);
        component.setAutoRefreshToken(false);
        return component;
    }

    private static void enableProducerChecks(CamelContext context) {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
    }

    private static Map<String, HealthCheck.Result> readiness(CamelContext context) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context, "full");
        Map<String, HealthCheck.Result> byId = new java.util.HashMap<>();
        results.forEach(result -> byId.put(result.getCheck().getId(), result));
        return byId;
    }
}
