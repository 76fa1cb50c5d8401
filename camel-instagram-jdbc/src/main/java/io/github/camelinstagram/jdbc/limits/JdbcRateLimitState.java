package io.github.camelinstagram.jdbc.limits;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelinstagram.error.InstagramStateUnavailableException;
import io.github.camelinstagram.jdbc.Database;
import io.github.camelinstagram.jdbc.Schema;
import io.github.camelinstagram.ratelimit.RateLimitState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usage-header state of every instance in the table {@value Schema#USAGE}: what the API last reported of each
 * account, whichever instance's call it answered, and the next call slot when calls are spaced out, reserved with one
 * conditional update so that the instances together keep the interval. Times are epoch milliseconds of the instances'
 * clocks, which must agree to within the pacing intervals (NTP does).
 */
public final class JdbcRateLimitState implements RateLimitState {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateLimitState.class);

    private final Database database;
    /** What this instance last read or wrote for each account: a report equal to it is not written again. */
    private final Map<String, AccountUsage> lastSeen = new ConcurrentHashMap<>();

    public JdbcRateLimitState(Database database) {
        this.database = database;
    }

    /**
     * Records the usage, unless it equals what this instance last read or wrote for the account (the API reports the
     * same usage on most answers, and every call reads the state just before it is sent, so an equal report changes
     * nothing). A database that cannot be written is logged, not thrown: the call it came with has been answered, and
     * the next call reads the state (and fails) anyway.
     */
    @Override
    public void recordUsage(String account, int percent, long blockedUntilMillis) {
        AccountUsage report = new AccountUsage(percent, blockedUntilMillis);
        if (blockedUntilMillis == 0 && report.equals(lastSeen.get(account))) {
            return;
        }
        try {
            database.call("recording the usage of account " + account, connection -> {
                try (PreparedStatement upsert = Database.prepare(connection, "INSERT INTO " + Schema.USAGE
                        + " (account_id, usage_percent, blocked_until, next_slot, updated_at)"
                        + " VALUES (?, ?, ?, 0, CURRENT_TIMESTAMP) ON CONFLICT (account_id) DO UPDATE SET"
                        + " usage_percent = CASE WHEN EXCLUDED.usage_percent >= 0 THEN EXCLUDED.usage_percent"
                        + " ELSE " + Schema.USAGE + ".usage_percent END,"
                        + " blocked_until = GREATEST(" + Schema.USAGE + ".blocked_until, EXCLUDED.blocked_until),"
                        + " updated_at = CURRENT_TIMESTAMP")) {
                    upsert.setString(1, account);
                    upsert.setInt(2, percent);
                    upsert.setLong(3, blockedUntilMillis);
                    return upsert.executeUpdate();
                }
            });
            lastSeen.put(account, report);
        } catch (InstagramStateUnavailableException e) {
            LOG.warn("The usage reported for Instagram account {} was not recorded: {}", account, e.getMessage());
        }
    }

    @Override
    public AccountUsage usage(String account) {
        return database.call("reading the usage of account " + account, connection -> {
            try (PreparedStatement select = Database.prepare(connection, "SELECT usage_percent, blocked_until FROM "
                                                                         + Schema.USAGE + " WHERE account_id = ?")) {
                select.setString(1, account);
                try (ResultSet rows = select.executeQuery()) {
                    AccountUsage usage = rows.next() ? new AccountUsage(rows.getInt(1), rows.getLong(2))
                            : AccountUsage.UNKNOWN;
                    lastSeen.put(account, usage);
                    return usage;
                }
            }
        });
    }

    @Override
    public long reserveSlot(String account, long nowMillis, long intervalMillis, long latestMillis) {
        return database.call("reserving a call slot of account " + account, connection -> {
            try (PreparedStatement ensure = Database.prepare(connection, "INSERT INTO " + Schema.USAGE
                    + " (account_id, usage_percent, blocked_until, next_slot, updated_at)"
                    + " VALUES (?, -1, 0, 0, CURRENT_TIMESTAMP) ON CONFLICT (account_id) DO NOTHING")) {
                ensure.setString(1, account);
                ensure.executeUpdate();
            }
            try (PreparedStatement reserve = Database.prepare(connection, "UPDATE " + Schema.USAGE
                    + " SET next_slot = GREATEST(next_slot, ?) + ?, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE account_id = ? AND GREATEST(next_slot, ?) <= ? RETURNING next_slot")) {
                reserve.setLong(1, nowMillis);
                reserve.setLong(2, intervalMillis);
                reserve.setString(3, account);
                reserve.setLong(4, nowMillis);
                reserve.setLong(5, latestMillis);
                try (ResultSet rows = reserve.executeQuery()) {
                    return rows.next() ? rows.getLong(1) - intervalMillis : -1L;
                }
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcRateLimitState{table=" + Schema.USAGE + "}";
    }
}
