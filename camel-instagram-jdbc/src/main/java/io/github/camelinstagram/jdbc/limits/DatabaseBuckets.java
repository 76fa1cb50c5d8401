package io.github.camelinstagram.jdbc.limits;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.github.camelinstagram.jdbc.Database;
import io.github.camelinstagram.jdbc.Schema;
import io.github.camelinstagram.ratelimit.Bucket4jMessagingRateLimiter.BucketSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messaging buckets in the table {@value Schema#BUCKETS}, through Bucket4j's PostgreSQL proxy manager
 * (select-for-update: each take locks the bucket's row for one short transaction, which the concurrent takes of one
 * instance share). Every instance takes from the same
 * bucket, so the permits of one account and quota are spaced for all of them together. Buckets are kept on the wall
 * clock, which all instances share, and expire once they would be full again; expired rows are deleted every
 * {@link #CLEANUP}.
 */
public final class DatabaseBuckets implements BucketSource, AutoCloseable {

    static final Duration CLEANUP = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager;
    private final ScheduledFuture<?> cleanup;

    public DatabaseBuckets(Database database, ScheduledExecutorService scheduler) {
        proxyManager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database.dataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(Schema.BUCKETS)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(TimeMeter.SYSTEM_MILLISECONDS)
                .requestTimeout(Duration.ofSeconds(Database.QUERY_TIMEOUT_SECONDS))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
        cleanup = scheduler.scheduleWithFixedDelay(this::removeExpired, CLEANUP.toMillis(), CLEANUP.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * 5%: the calls of all instances are spaced by the bucket, but no instance sees when the others' calls left or were
     * answered, so the margin alone absorbs their jitter (50 ms per second). A limit of 100 per second is 95 per second
     * for all instances together.
     */
    @Override
    public double margin() {
        return 1.05;
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        // calls of this instance that take from the same bucket at the same time share one transaction
        return proxyManager.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
    }

    private void removeExpired() {
        try {
            int removed;
            do {
                removed = proxyManager.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.debug("Expired messaging buckets not removed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        cleanup.cancel(false);
    }
}
