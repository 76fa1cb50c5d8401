package io.github.camelinstagram.publishing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time budget of one publish ({@code publishTimeout}), shared by every container of the flow, and the flag that
 * stops the waits of a flow that has already failed (one item of a carousel ended in ERROR: the others stop polling).
 * The clock starts with the first wait ({@link #start()}), so that creating containers and uploading local files do
 * not use up the budget.
 */
public final class Deadline {

    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final Duration timeout;
    private final AtomicLong startNanos = new AtomicLong(NOT_STARTED);
    private volatile boolean aborted;

    public Deadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** Starts the clock, unless it is already running. */
    public void start() {
        startNanos.compareAndSet(NOT_STARTED, System.nanoTime());
    }

    /** Milliseconds left: the whole timeout before {@link #start()}, never negative. */
    public long remainingMillis() {
        return Math.max(0, timeout.toMillis() - elapsedMillis());
    }

    /** Milliseconds since {@link #start()}, 0 before. */
    public long elapsedMillis() {
        long start = startNanos.get();
        return start == NOT_STARTED ? 0 : (System.nanoTime() - start) / 1_000_000;
    }

    /** The {@code publishTimeout} this deadline counts down. */
    public Duration timeout() {
        return timeout;
    }

    /** Stops every wait of the flow at its next step: the flow has failed. */
    public void abort() {
        aborted = true;
    }

    public boolean isAborted() {
        return aborted;
    }
}
