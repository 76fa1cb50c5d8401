package io.github.camelinstagram.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate-limit state of one JVM: the default.
 */
public final class InMemoryRateLimitState implements RateLimitState {

    private final Map<String, AccountUsage> usages = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlots = new ConcurrentHashMap<>();

    @Override
    public void recordUsage(String account, int percent, long blockedUntilMillis) {
        usages.merge(account, new AccountUsage(percent, blockedUntilMillis),
                (old, fresh) -> new AccountUsage(fresh.percent() >= 0 ? fresh.percent() : old.percent(),
                        Math.max(old.blockedUntilMillis(), fresh.blockedUntilMillis())));
    }

    @Override
    public AccountUsage usage(String account) {
        return usages.getOrDefault(account, AccountUsage.UNKNOWN);
    }

    @Override
    public long reserveSlot(String account, long nowMillis, long intervalMillis, long latestMillis) {
        long[] granted = new long[1];
        nextSlots.compute(account, (key, next) -> {
            long slot = next == null ? nowMillis : Math.max(next, nowMillis);
            if (slot > latestMillis) {
                granted[0] = -1;
                return next;
            }
            granted[0] = slot;
            return slot + intervalMillis;
        });
        return granted[0];
    }
}
