package io.github.camelinstagram.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of {@code schema-postgresql.sql}, created when missing. Instances that start together take one advisory
 * lock for it, since PostgreSQL's {@code CREATE TABLE IF NOT EXISTS} may still collide on the catalog.
 */
public final class Schema {

    /** The script, as shipped in this artifact. */
    public static final String SCRIPT = "/io/github/camelinstagram/jdbc/schema-postgresql.sql";

    public static final String TOKENS = "camel_instagram_token";
    public static final String USAGE = "camel_instagram_usage";
    public static final String BUCKETS = "camel_instagram_bucket";
    public static final String EVENTS = "camel_instagram_webhook_event";

    /** The advisory lock key taken while the tables are created ("camel-ig" in ASCII). */
    static final long LOCK_KEY = 0x63616d656c2d6967L;

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    private Schema() {
    }

    /** Creates the tables that are missing. */
    public static void create(Database database) {
        List<String> statements = statements();
        database.transaction("creating the tables of " + SCRIPT, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(60);
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
        LOG.debug("camel-instagram tables ready ({} statements of {})", statements.size(), SCRIPT);
    }

    /**
     * Checks, when the tables are not created here, that a database administrator has created them.
     *
     * @throws IllegalStateException naming the missing tables and the script that creates them
     */
    public static void check(Database database, String... tables) {
        List<String> missing = database.call("looking for the tables", connection -> {
            List<String> absent = new ArrayList<>();
            for (String table : tables) {
                try (var select = Database.prepare(connection, "SELECT to_regclass(?)")) {
                    select.setString(1, table);
                    try (var rows = select.executeQuery()) {
                        if (!rows.next() || rows.getString(1) == null) {
                            absent.add(table);
                        }
                    }
                }
            }
            return absent;
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("createTables is false and the database lacks the table(s) "
                                            + String.join(", ", missing) + ": run the script " + SCRIPT
                                            + " (in camel-instagram-jdbc) or set createTables=true");
        }
    }

    /** The statements of the script, without its comments. */
    static List<String> statements() {
        String script;
        try (InputStream in = Schema.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("The schema script " + SCRIPT + " is missing from the class path");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the schema script " + SCRIPT, e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
