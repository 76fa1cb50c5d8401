package io.github.camelinstagram.jdbc;

import java.time.Duration;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelinstagram.jdbc.testing.Postgres;
import io.github.camelinstagram.jdbc.tokens.JdbcTokenStore;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token table as two instances see it: one refresh claim at a time, lapsing, and never on a changed token. */
class JdbcTokenStoreTest {

    private static final String ACCOUNT = "17841400000000001";

    private HikariDataSource pool;
    private JdbcTokenStore one;
    private JdbcTokenStore other;

    @BeforeEach
    void tables() throws Exception {
        pool = Postgres.shared().newPool("tokens");
        Database database = new Database(pool);
        Schema.create(database);
        Postgres.truncateAll(pool);
        one = new JdbcTokenStore(database, "one");
        other = new JdbcTokenStore(database, "other");
        one.save(new StoredToken(ACCOUNT, "token-1", Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z"), TokenStatus.ACTIVE));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void whatOneInstanceSavesTheOtherReads() {
        StoredToken read = other.find(ACCOUNT).orElseThrow();
        assertEquals("token-1", read.accessToken());
        assertEquals(Instant.parse("2026-12-31T00:00:00Z"), read.expiresAt());
        assertEquals(1, other.findAll().size());
        assertEquals("token-1", other.saveIfAbsent(StoredToken.configured(ACCOUNT, "token-x", Instant.now()))
                .accessToken());
        other.save(one.find(ACCOUNT).orElseThrow().withStatus(TokenStatus.EXPIRED));
        assertEquals(TokenStatus.EXPIRED, one.find(ACCOUNT).orElseThrow().status());
        one.delete(ACCOUNT);
        assertTrue(other.find(ACCOUNT).isEmpty());
    }

    @Test
    void oneRefreshClaimAtATime() {
        assertTrue(one.claimRefresh(ACCOUNT, "token-1", Duration.ofMinutes(5)));
        assertFalse(other.claimRefresh(ACCOUNT, "token-1", Duration.ofMinutes(5)), "claimed by the first");
        other.endRefresh(ACCOUNT);
        assertFalse(other.claimRefresh(ACCOUNT, "token-1", Duration.ofMinutes(5)), "only its owner ends a claim");
        one.endRefresh(ACCOUNT);
        assertTrue(other.claimRefresh(ACCOUNT, "token-1", Duration.ofMinutes(5)));
    }

    @Test
    void aClaimLapsesAfterItsLeaseAndSavingTheRefreshedTokenEndsIt() {
        assertTrue(one.claimRefresh(ACCOUNT, "token-1", Duration.ofMillis(300)));
        await().until(() -> other.claimRefresh(ACCOUNT, "token-1", Duration.ofMinutes(5)));
        other.save(StoredToken.issued(ACCOUNT, "token-2", Instant.now(), Duration.ofDays(60)));
        assertTrue(one.claimRefresh(ACCOUNT, "token-2", Duration.ofMinutes(5)), "saving ended the claim");
    }

    @Test
    void aTokenThatChangedSinceItWasReadIsNotClaimed() {
        other.save(StoredToken.issued(ACCOUNT, "token-2", Instant.now(), Duration.ofDays(60)));
        assertFalse(one.claimRefresh(ACCOUNT, "token-1", Duration.ofMinutes(5)));
    }
}
