package io.github.camelinstagram.jdbc.webhook;

import javax.sql.DataSource;

import io.github.camelinstagram.jdbc.Database;
import io.github.camelinstagram.jdbc.Instances;
import io.github.camelinstagram.jdbc.Schema;
import io.github.camelinstagram.webhook.idempotent.EventLedger;
import io.github.camelinstagram.webhook.idempotent.EventLedgerProvider;

/** The webhook events' ledger in PostgreSQL: found by the consumer when its {@code dataSource} is set. */
public final class JdbcEventLedgerProvider implements EventLedgerProvider {

    @Override
    public EventLedger open(DataSource dataSource, Options options) {
        Database database = new Database(dataSource);
        if (options.createTables()) {
            Schema.create(database);
        } else {
            Schema.check(database, Schema.EVENTS);
        }
        return new JdbcEventLedger(database, Instances.newOwner(options.owner()), options.lease(),
                options.retention(), options.timers());
    }
}
