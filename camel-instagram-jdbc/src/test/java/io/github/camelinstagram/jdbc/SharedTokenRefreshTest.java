package io.github.camelinstagram.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelinstagram.jdbc.testing.GraphStub;
import io.github.camelinstagram.jdbc.testing.Postgres;
import io.github.camelinstagram.jdbc.testing.Replica;
import io.github.camelinstagram.jdbc.tokens.JdbcTokenStore;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three instances that start together find one token due for refresh in the shared store: exactly one of them calls
 * refresh_access_token, and every instance sends the refreshed token from its next call on. A login (exchangeCode) on
 * one instance is the token every instance sends next: nothing keeps a stale copy.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SharedTokenRefreshTest {

    private static final String PROFILE = "instagram:getProfile?accountId=" + GraphStub.ACCOUNT;

    private final Postgres postgres = Postgres.shared();
    private final List<Replica> replicas = new ArrayList<>();
    private GraphStub graph;
    private HikariDataSource pool;
    private JdbcTokenStore store;

    @BeforeEach
    void seedADueToken() throws Exception {
        graph = GraphStub.start(100);
        pool = postgres.newPool("test");
        Database database = new Database(pool);
        Schema.create(database);
        Postgres.truncateAll(pool);
        store = new JdbcTokenStore(database, "test");
        Instant now = Instant.now();
        // two days old, ten days left: due (refreshed when less than 30 days are left)
        store.save(new StoredToken(GraphStub.ACCOUNT, "old-token", now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(10)), TokenStatus.ACTIVE));
    }

    @AfterEach
    void stop() {
        replicas.forEach(Replica::close);
        graph.close();
        pool.close();
    }

    @Test
    void threeInstancesRefreshADueTokenOnceAndAllSendTheNewOne() throws Exception {
        List<CompletableFuture<Replica>> starting = new ArrayList<>();
        for (String name : List.of("replica-a", "replica-b", "replica-c")) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Replica.start(name, postgres, graph.baseUrl(), null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Replica> replica : starting) {
            replicas.add(replica.get(30, TimeUnit.SECONDS));
        }
        // each one's refresher looks for due tokens as it starts: one refreshes, the others find it claimed or fresh

        await().until(() -> store.find(GraphStub.ACCOUNT).orElseThrow().accessToken().startsWith("refreshed-"));
        await().during(Duration.ofMillis(500)).until(() -> graph.refreshes() == 1);
        List<String> profileCalls = new ArrayList<>();
        for (Replica replica : replicas) {
            replica.context().createProducerTemplate().requestBody(PROFILE, (Object) null);
            List<String> requests = graph.requests();
            profileCalls.add(requests.get(requests.size() - 1));
        }
        assertEquals(1, graph.refreshes(), "refresh_access_token calls in total");
        for (String call : profileCalls) {
            assertTrue(call.endsWith(" refreshed-1"), call);
        }
    }

    @Test
    void aLoginOnOneInstanceIsTheTokenEveryInstanceSendsNext() throws Exception {
        for (String name : List.of("replica-a", "replica-b")) {
            replicas.add(Replica.start(name, postgres, graph.baseUrl(), null));
        }
        // the account logs in again through the first instance (Business Login's redirect lands there)
        replicas.get(0).context().createProducerTemplate().requestBody("instagram:exchangeCode?appId=1234&appSecret="
                + "RAW(app-secret)&redirectUri=https://shop.example/callback&oauthBaseUrl=" + graph.baseUrl(),
                "authorization-code#_");
        assertEquals("logged-in-again", store.find(GraphStub.ACCOUNT).orElseThrow().accessToken());

        for (Replica replica : replicas) {
            replica.context().createProducerTemplate().requestBody(PROFILE, (Object) null);
            List<String> requests = graph.requests();
            assertTrue(requests.get(requests.size() - 1).endsWith(" logged-in-again"), requests.toString());
        }
    }
}
