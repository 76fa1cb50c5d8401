package io.github.camelinstagram.jdbc.tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.github.camelinstagram.jdbc.Database;
import io.github.camelinstagram.jdbc.Schema;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenStatus;
import io.github.camelinstagram.tokens.TokenStore;

/**
 * The tokens of every instance in the table {@value Schema#TOKENS}. Each call reads the table, so that a token
 * refreshed or logged in by one instance is the one every other instance sends next: there is no copy to go stale.
 * A refresh is claimed with a conditional update of the token's row (its claim lapses after the lease), so that one
 * instance refreshes a due token while the others go on with it; no transaction stays open during the refresh call.
 */
public final class JdbcTokenStore implements TokenStore {

    private static final String COLUMNS = "account_id, access_token, issued_at, expires_at, status";

    private final Database database;
    private final String owner;

    /**
     * @param owner names this instance in the table while it refreshes a token
     */
    public JdbcTokenStore(Database database, String owner) {
        this.database = database;
        this.owner = owner;
    }

    @Override
    public Optional<StoredToken> find(String accountId) {
        return database.call("reading the token of account " + accountId, connection -> select(connection, accountId));
    }

    @Override
    public void save(StoredToken token) {
        database.call("saving the token of account " + token.accountId(), connection -> {
            try (PreparedStatement upsert = Database.prepare(connection, "INSERT INTO " + Schema.TOKENS
                    + " (" + COLUMNS + ", refresh_owner, refresh_until, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, NULL, NULL, CURRENT_TIMESTAMP)"
                    + " ON CONFLICT (account_id) DO UPDATE SET access_token = EXCLUDED.access_token,"
                    + " issued_at = EXCLUDED.issued_at, expires_at = EXCLUDED.expires_at, status = EXCLUDED.status,"
                    + " refresh_owner = NULL, refresh_until = NULL, updated_at = CURRENT_TIMESTAMP")) {
                bind(upsert, token);
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public StoredToken saveIfAbsent(StoredToken token) {
        return database.call("saving the token of account " + token.accountId(), connection -> {
            try (PreparedStatement insert = Database.prepare(connection, "INSERT INTO " + Schema.TOKENS
                    + " (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)"
                    + " ON CONFLICT (account_id) DO NOTHING")) {
                bind(insert, token);
                if (insert.executeUpdate() == 1) {
                    return token;
                }
            }
            // deleted in between: the caller's token is what there is
            return select(connection, token.accountId()).orElse(token);
        });
    }

    @Override
    public Collection<StoredToken> findAll() {
        return database.call("reading the tokens", connection -> {
            List<StoredToken> tokens = new ArrayList<>();
            try (PreparedStatement select = Database.prepare(connection,
                    "SELECT " + COLUMNS + " FROM " + Schema.TOKENS + " ORDER BY account_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(token(rows));
                }
            }
            return tokens;
        });
    }

    @Override
    public void delete(String accountId) {
        database.call("deleting the token of account " + accountId, connection -> {
            try (PreparedStatement delete = Database.prepare(connection,
                    "DELETE FROM " + Schema.TOKENS + " WHERE account_id = ?")) {
                delete.setString(1, accountId);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public boolean claimRefresh(String accountId, String currentToken, Duration lease) {
        return database.call("claiming the refresh of the token of account " + accountId, connection -> {
            try (PreparedStatement claim = Database.prepare(connection, "UPDATE " + Schema.TOKENS
                    + " SET refresh_owner = ?, refresh_until = CURRENT_TIMESTAMP + (? * INTERVAL '1 millisecond')"
                    + " WHERE account_id = ? AND access_token = ?"
                    + " AND (refresh_until IS NULL OR refresh_until < CURRENT_TIMESTAMP)")) {
                claim.setString(1, owner);
                claim.setLong(2, lease.toMillis());
                claim.setString(3, accountId);
                claim.setString(4, currentToken);
                return claim.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void endRefresh(String accountId) {
        database.call("ending the refresh of the token of account " + accountId, connection -> {
            try (PreparedStatement end = Database.prepare(connection, "UPDATE " + Schema.TOKENS
                    + " SET refresh_owner = NULL, refresh_until = NULL WHERE account_id = ? AND refresh_owner = ?")) {
                end.setString(1, accountId);
                end.setString(2, owner);
                return end.executeUpdate();
            }
        });
    }

    private static Optional<StoredToken> select(Connection connection, String accountId) throws SQLException {
        try (PreparedStatement select = Database.prepare(connection,
                "SELECT " + COLUMNS + " FROM " + Schema.TOKENS + " WHERE account_id = ?")) {
            select.setString(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(token(rows)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement statement, StoredToken token) throws SQLException {
        statement.setString(1, token.accountId());
        statement.setString(2, token.accessToken());
        statement.setTimestamp(3, Timestamp.from(token.issuedAt()));
        statement.setTimestamp(4, token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()));
        statement.setString(5, token.status().name());
    }

    private static StoredToken token(ResultSet row) throws SQLException {
        Timestamp expires = row.getTimestamp("expires_at");
        Instant expiresAt = expires == null ? null : expires.toInstant();
        return new StoredToken(row.getString("account_id"), row.getString("access_token"),
                row.getTimestamp("issued_at").toInstant(), expiresAt, TokenStatus.valueOf(row.getString("status")));
    }

    @Override
    public String toString() {
        return "JdbcTokenStore{table=" + Schema.TOKENS + ", owner=" + owner + "}";
    }
}
