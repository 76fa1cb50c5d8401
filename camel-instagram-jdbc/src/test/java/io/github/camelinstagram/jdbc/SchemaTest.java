package io.github.camelinstagram.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelinstagram.jdbc.testing.Postgres;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped script: run by instances that start together, and checked when a DBA is to run it. */
class SchemaTest {

    @Test
    void instancesStartingTogetherCreateTheTablesOnce() throws Exception {
        try (HikariDataSource pool = Postgres.shared().newPool("schema")) {
            dropAll(pool);
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(CompletableFuture.runAsync(() -> Schema.create(new Database(pool))));
            }
            starts.forEach(CompletableFuture::join);
            Schema.check(new Database(pool), Schema.TOKENS, Schema.USAGE, Schema.BUCKETS, Schema.EVENTS);
            assertEquals(5, Schema.statements().size(), "four tables and an index");
        }
    }

    @Test
    void missingTablesAreNamedWithTheScriptWhenTheyAreNotCreatedHere() throws Exception {
        try (HikariDataSource pool = Postgres.shared().newPool("schema")) {
            dropAll(pool);
            IllegalStateException missing = assertThrows(IllegalStateException.class,
                    () -> Schema.check(new Database(pool), Schema.TOKENS, Schema.EVENTS));
            assertTrue(missing.getMessage().contains("camel_instagram_token, camel_instagram_webhook_event")
                       && missing.getMessage().contains("schema-postgresql.sql"), missing.getMessage());
            Schema.create(new Database(pool));
        }
    }

    private static void dropAll(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS camel_instagram_token, camel_instagram_usage,"
                              + " camel_instagram_bucket, camel_instagram_webhook_event");
        }
    }
}
