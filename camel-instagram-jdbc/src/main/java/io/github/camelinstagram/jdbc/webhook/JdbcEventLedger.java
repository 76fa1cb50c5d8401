package io.github.camelinstagram.jdbc.webhook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.error.InstagramStateUnavailableException;
import io.github.camelinstagram.jdbc.Database;
import io.github.camelinstagram.jdbc.Schema;
import io.github.camelinstagram.webhook.idempotent.EventLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook events of every instance in the table {@value Schema#EVENTS}:
 * <ul>
 * <li>a claim inserts the event's row as ROUTING with this instance, a claim id and a lease; it takes over a ROUTING row
 * whose lease has lapsed (its instance died) or that this instance left behind; otherwise it finds the event DONE or
 * HELD by another instance;</li>
 * <li>while this instance routes, it renews the leases of its rows every third of the lease, so that a long route
 * keeps its events however long it takes, and a dead instance's events lapse after one lease;</li>
 * <li>a confirm marks the row DONE and a release deletes it, both only when the row still carries this claim (an
 * instance that lost its event to another after a lapse changes nothing); one that the database refused is retried at
 * each renewal, and its lease renewed meanwhile, so that an event routed to completion is not routed again;</li>
 * <li>DONE rows older than the retention are deleted, once an hour.</li>
 * </ul>
 * Lease times are the database's clock, so the instances' clocks need not agree.
 */
public final class JdbcEventLedger implements EventLedger {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventLedger.class);
    private static final Duration PURGE = Duration.ofHours(1);

    private final Database database;
    private final String owner;
    private final Duration lease;
    private final Duration retention;
    private final Map<String, Boolean> unsettled = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> renewal;
    private final ScheduledFuture<?> purge;

    /**
     * @param owner names this instance in the table
     */
    public JdbcEventLedger(Database database, String owner, Duration lease, Duration retention,
                           ScheduledExecutorService timers) {
        this.database = database;
        this.owner = owner;
        this.lease = lease;
        this.retention = retention;
        long every = Math.max(100, lease.toMillis() / 3);
        renewal = timers.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        purge = timers.scheduleWithFixedDelay(this::purge, 0, PURGE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Claim claim(String eventId) {
        String claimId = UUID.randomUUID().toString();
        return database.call("claiming webhook event " + eventId, connection -> {
            try (PreparedStatement claim = Database.prepare(connection, "INSERT INTO " + Schema.EVENTS
                    + " AS e (event_id, state, owner, claim_id, lease_until, updated_at)"
                    + " VALUES (?, 'ROUTING', ?, ?, CURRENT_TIMESTAMP + (? * INTERVAL '1 millisecond'),"
                    + " CURRENT_TIMESTAMP) ON CONFLICT (event_id) DO UPDATE SET owner = EXCLUDED.owner,"
                    + " claim_id = EXCLUDED.claim_id, lease_until = EXCLUDED.lease_until, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE e.state = 'ROUTING' AND (e.lease_until < CURRENT_TIMESTAMP OR e.owner = EXCLUDED.owner)"
                    + " RETURNING e.claim_id")) {
                claim.setString(1, eventId);
                claim.setString(2, owner);
                claim.setString(3, claimId);
                claim.setLong(4, lease.toMillis());
                try (ResultSet rows = claim.executeQuery()) {
                    if (rows.next() && claimId.equals(rows.getString(1))) {
                        return Claim.acquired(eventId, claimId);
                    }
                }
            }
            try (PreparedStatement state = Database.prepare(connection,
                    "SELECT state FROM " + Schema.EVENTS + " WHERE event_id = ?")) {
                state.setString(1, eventId);
                try (ResultSet rows = state.executeQuery()) {
                    if (!rows.next()) {
                        // released between the two statements: ask again at the next poll
                        return Claim.held(eventId);
                    }
                    return "DONE".equals(rows.getString(1)) ? Claim.done(eventId) : Claim.held(eventId);
                }
            }
        });
    }

    @Override
    public void confirm(Claim claim) {
        settle(claim, true);
    }

    @Override
    public void release(Claim claim) {
        settle(claim, false);
    }

    private void settle(Claim claim, boolean done) {
        try {
            boolean mine = write(claim, done);
            unsettled.remove(key(claim));
            if (!mine) {
                LOG.warn("Webhook event {} was taken over by another instance after its lease of {} lapsed while this"
                         + " one routed it: raise inFlightLease, or check this instance's pauses", claim.eventId(),
                        lease);
            }
        } catch (InstagramStateUnavailableException e) {
            // kept, renewed and written again at each renewal: an event routed to completion must not lapse
            unsettled.put(key(claim), done);
            throw e;
        }
    }

    /** @return whether the row still carried the claim */
    private boolean write(Claim claim, boolean done) {
        String sql = done
                ? "UPDATE " + Schema.EVENTS + " SET state = 'DONE', lease_until = NULL, updated_at = CURRENT_TIMESTAMP"
                  + " WHERE event_id = ? AND claim_id = ?"
                : "DELETE FROM " + Schema.EVENTS + " WHERE event_id = ? AND claim_id = ?";
        return database.call((done ? "confirming" : "releasing") + " webhook event " + claim.eventId(),
                connection -> {
                    try (PreparedStatement statement = Database.prepare(connection, sql)) {
                        statement.setString(1, claim.eventId());
                        statement.setString(2, claim.token());
                        return statement.executeUpdate() == 1;
                    }
                });
    }

    /** Renews the leases of this instance's rows, and writes again the confirms and releases that failed. */
    private void renew() {
        try {
            database.call("renewing the leases of webhook events", connection -> {
                try (PreparedStatement renew = Database.prepare(connection, "UPDATE " + Schema.EVENTS
                        + " SET lease_until = CURRENT_TIMESTAMP + (? * INTERVAL '1 millisecond')"
                        + " WHERE owner = ? AND state = 'ROUTING'")) {
                    renew.setLong(1, lease.toMillis());
                    renew.setString(2, owner);
                    return renew.executeUpdate();
                }
            });
            for (Map.Entry<String, Boolean> pending : unsettled.entrySet()) {
                String[] parts = pending.getKey().split("\n", 2);
                settle(Claim.acquired(parts[1], parts[0]), pending.getValue());
            }
        } catch (InstagramStateUnavailableException e) {
            LOG.debug("Leases not renewed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Leases not renewed: {}", e.toString());
        }
    }

    private void purge() {
        try {
            int purged = database.call("forgetting old webhook events", connection -> {
                try (PreparedStatement delete = Database.prepare(connection, "DELETE FROM " + Schema.EVENTS
                        + " WHERE updated_at < CURRENT_TIMESTAMP - (? * INTERVAL '1 millisecond')"
                        + " AND (state = 'DONE' OR lease_until < CURRENT_TIMESTAMP)")) {
                    delete.setLong(1, retention.toMillis());
                    return delete.executeUpdate();
                }
            });
            LOG.debug("Forgot {} webhook event(s) older than {}", purged, retention);
        } catch (RuntimeException e) {
            LOG.debug("Old webhook events not forgotten: {}", e.getMessage());
        }
    }

    private static String key(Claim claim) {
        return claim.token() + "\n" + claim.eventId();
    }

    /** How many confirms or releases wait to be written again. */
    public int unsettled() {
        return unsettled.size();
    }

    @Override
    public void close() {
        renewal.cancel(false);
        purge.cancel(false);
        if (!unsettled.isEmpty()) {
            LOG.warn("{} webhook event(s) routed by this instance could not be recorded before it stopped; their leases"
                     + " lapse after {} and a redelivery routes them again", unsettled.size(), lease);
        }
    }

    @Override
    public String toString() {
        return "JdbcEventLedger{table=" + Schema.EVENTS + ", owner=" + owner + ", lease=" + lease + "}";
    }
}
