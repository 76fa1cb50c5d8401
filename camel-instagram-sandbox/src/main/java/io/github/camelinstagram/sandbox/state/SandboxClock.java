package io.github.camelinstagram.sandbox.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of "now": a base clock (the system clock unless a test injects another one) plus an offset that
 * only grows. Token lifetimes, messaging windows, container processing and expiry, quotas and rate windows all read
 * this clock, so a test moves them all at once with {@link #advance(Duration)}. Thread-safe.
 */
public final class SandboxClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public SandboxClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private SandboxClock(Clock base, AtomicReference<Duration> offset) {
        this.base = Objects.requireNonNull(base, "base clock");
        this.offset = offset;
    }

    /** Moves the sandbox's time forward; a negative duration is refused. */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The sandbox clock only moves forward, not by " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Forgets every {@link #advance(Duration)}: back to the base clock. */
    public void resetOffset() {
        offset.set(Duration.ZERO);
    }

    /** How far the clock was advanced beyond its base. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SandboxClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
