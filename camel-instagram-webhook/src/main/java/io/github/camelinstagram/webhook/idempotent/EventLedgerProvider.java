package io.github.camelinstagram.webhook.idempotent;

import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

/**
 * Makes the {@link EventLedger} of a consumer from its {@code dataSource}: one table shared by every instance. The
 * artifact {@code io.github.camelinstagram:camel-instagram-jdbc} provides it (a {@link ServiceLoader} service).
 */
public interface EventLedgerProvider {

    /** The artifact that provides the ledger; named in the error when it is missing. */
    String ARTIFACT = "io.github.camelinstagram:camel-instagram-jdbc";

    EventLedger open(DataSource dataSource, Options options);

    /**
     * @param owner        names this instance in the ledger (for whoever reads the table): the CamelContext's name
     * @param lease        how long a claim of this instance holds once it stops renewing it (it died)
     * @param retention    how long events routed to completion are remembered
     * @param createTables whether to create the table when it is missing
     * @param timers       where the ledger renews its claims and forgets old events
     */
    record Options(String owner, Duration lease, Duration retention, boolean createTables,
            ScheduledExecutorService timers) {
    }

    /**
     * The provider on the class path.
     *
     * @throws IllegalStateException naming the artifact to add when there is none
     */
    static EventLedgerProvider find(ClassLoader loader) {
        return ServiceLoader.load(EventLedgerProvider.class, loader).findFirst().orElseThrow(() ->
                new IllegalStateException("The instagram-webhook endpoint has a dataSource, but nothing on the class"
                                          + " path keeps event ids in a database: add the dependency " + ARTIFACT));
    }
}
