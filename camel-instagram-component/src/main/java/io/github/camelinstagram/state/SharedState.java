package io.github.camelinstagram.state;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import io.github.bucket4j.TimeMeter;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.tokens.TokenStore;

/**
 * The state of the {@code instagram} component that several instances share through one database: tokens, the
 * usage-header state and the messaging limits. Made by a {@link SharedStateProvider} from the component's
 * {@code dataSource}; closed with the component.
 */
public interface SharedState extends AutoCloseable {

    TokenStore tokenStore();

    RateLimitState rateLimitState();

    /**
     * The messaging limits, counted in the database for every instance together.
     *
     * @param limits    calls per period of each quota
     * @param scheduler where calls waiting for their turn are resumed
     * @param timeMeter the clock of the component
     */
    MessagingRateLimiter messagingLimiter(Map<MessagingQuota, Integer> limits, ScheduledExecutorService scheduler,
                                          TimeMeter timeMeter);

    @Override
    void close();
}
