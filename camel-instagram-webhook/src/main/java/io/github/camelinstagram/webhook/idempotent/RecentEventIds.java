package io.github.camelinstagram.webhook.idempotent;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The default de-duplication of {@code instagram-webhook:}: the ids of the events routed in the last
 * {@code retention} (Meta redelivers for up to 36 hours), at most {@code capacity} of them. The oldest ids go first:
 * those past the retention, then, when a burst exceeds the capacity, the oldest still within it. A redelivered request
 * of 1,000 events finds all its ids however often it comes, unless {@code capacity} other events arrived in between.
 * <p>
 * Keys are held from {@link #add(String)} on; {@link #remove(String)} forgets a key whose routing failed, so that a
 * redelivery routes it again. Thread-safe; one lock, held for a map operation.
 */
@ManagedResource(description = "Recent Instagram webhook event ids")
public final class RecentEventIds extends ServiceSupport implements IdempotentRepository {

    private final int capacity;
    private final long retentionNanos;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Long> added = new LinkedHashMap<>();

    public RecentEventIds(int capacity, Duration retention) {
        this(capacity, retention, System::nanoTime);
    }

    RecentEventIds(int capacity, Duration retention, LongSupplier nanoClock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("idempotentCapacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.retentionNanos = retention.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public boolean add(String key) {
        long now = nanoClock.getAsLong();
        synchronized (added) {
            evict(now);
            if (added.containsKey(key)) {
                return false;
            }
            added.put(key, now);
            if (added.size() > capacity) {
                Iterator<String> oldest = added.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            return true;
        }
    }

    @Override
    public boolean contains(String key) {
        long now = nanoClock.getAsLong();
        synchronized (added) {
            evict(now);
            return added.containsKey(key);
        }
    }

    @Override
    public boolean remove(String key) {
        synchronized (added) {
            return added.remove(key) != null;
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        synchronized (added) {
            added.clear();
        }
    }

    /** How many ids are held now. */
    @ManagedAttribute(description = "Event ids held")
    public int size() {
        synchronized (added) {
            return added.size();
        }
    }

    @ManagedAttribute(description = "The most event ids held")
    public int getCapacity() {
        return capacity;
    }

    private void evict(long now) {
        for (Iterator<Map.Entry<String, Long>> it = added.entrySet().iterator(); it.hasNext();) {
            if (now - it.next().getValue() < retentionNanos) {
                return;
            }
            it.remove();
        }
    }
}
