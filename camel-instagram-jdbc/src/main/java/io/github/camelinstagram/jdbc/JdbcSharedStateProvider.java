package io.github.camelinstagram.jdbc;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.jdbc.limits.DatabaseBuckets;
import io.github.camelinstagram.jdbc.limits.JdbcRateLimitState;
import io.github.camelinstagram.jdbc.tokens.JdbcTokenStore;
import io.github.camelinstagram.ratelimit.Bucket4jMessagingRateLimiter;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.state.SharedState;
import io.github.camelinstagram.state.SharedStateProvider;
import io.github.camelinstagram.tokens.TokenStore;

/**
 * The shared state of the {@code instagram} component in PostgreSQL: found by the component when its
 * {@code dataSource} is set.
 */
public final class JdbcSharedStateProvider implements SharedStateProvider {

    @Override
    public SharedState open(DataSource dataSource, boolean createTables) {
        Database database = new Database(dataSource);
        if (createTables) {
            Schema.create(database);
        } else {
            Schema.check(database, Schema.TOKENS, Schema.USAGE, Schema.BUCKETS);
        }
        return new JdbcSharedState(database, Instances.newOwner("instagram"));
    }

    private static final class JdbcSharedState implements SharedState {
        private final Database database;
        private final JdbcTokenStore tokens;
        private final JdbcRateLimitState usage;
        private DatabaseBuckets buckets;

        JdbcSharedState(Database database, String owner) {
            this.database = database;
            this.tokens = new JdbcTokenStore(database, owner);
            this.usage = new JdbcRateLimitState(database);
        }

        @Override
        public TokenStore tokenStore() {
            return tokens;
        }

        @Override
        public RateLimitState rateLimitState() {
            return usage;
        }

        @Override
        public synchronized MessagingRateLimiter messagingLimiter(Map<MessagingQuota, Integer> limits,
                                                                  ScheduledExecutorService scheduler,
                                                                  TimeMeter timeMeter) {
            if (buckets != null) {
                buckets.close();
            }
            buckets = new DatabaseBuckets(database, scheduler);
            return new Bucket4jMessagingRateLimiter(limits, scheduler, timeMeter, buckets);
        }

        @Override
        public synchronized void close() {
            if (buckets != null) {
                buckets.close();
                buckets = null;
            }
        }
    }
}
