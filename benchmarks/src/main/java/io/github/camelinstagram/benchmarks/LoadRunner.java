package io.github.camelinstagram.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs a {@link Workload} in a loop on a fixed number of caller threads for a fixed time and reports the throughput.
 * The threads are created once and reused for every round, so thread creation is not measured.
 * <p>
 * All threads start together; each stops calling once the round's time is up, and the round's duration runs until the
 * last call has finished, so calls in flight at the deadline are counted and their time too. A failed call fails the
 * round with a {@link BenchmarkFailedException} that says how many calls failed and holds the first failure. The one
 * exception is the JDK connection-pool race ({@link JdkConnectionPoolRace}): those calls are counted apart, and fail the
 * round only when they are more than {@link #MAX_JDK_RACE_RATE} of the calls (and more than
 * {@link #MIN_JDK_RACE_ALLOWANCE}).
 */
public final class LoadRunner implements AutoCloseable {

    /** Largest share of calls that may be lost to the JDK connection-pool race before the round fails. */
    static final double MAX_JDK_RACE_RATE = 0.001;
    /** Number of calls that may always be lost to the JDK connection-pool race, even in a short round. */
    static final long MIN_JDK_RACE_ALLOWANCE = 5;

    private final int threads;
    private final ExecutorService callers;

    /**
     * @param name    prefix of the caller threads' names, visible in profilers and thread dumps
     * @param threads number of caller threads (the concurrency)
     */
    public LoadRunner(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("At least one caller thread is needed, not " + threads);
        }
        this.threads = threads;
        this.callers = Executors.newFixedThreadPool(threads, namedDaemonThreads(name));
    }

    public int threads() {
        return threads;
    }

    /**
     * Calls the workload from every thread for the given time.
     *
     * @return the successful calls per second over all threads, and the CPU time per call
     * @throws BenchmarkFailedException when a call failed
     */
    public RoundResult run(Workload workload, Duration duration) throws InterruptedException {
        Round round = new Round(workload, threads);
        List<Future<?>> running = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            running.add(callers.submit(round::callUntilDeadline));
        }
        round.ready.await();
        long cpuStart = ProcessCpuClock.nanos();
        long start = System.nanoTime();
        round.deadline = start + duration.toNanos();
        round.go.countDown();
        for (Future<?> caller : running) {
            awaitCaller(caller);
        }
        long elapsed = System.nanoTime() - start;
        long cpu = ProcessCpuClock.nanos() - cpuStart;
        round.failIfCallsFailed();
        long successes = round.successes.sum();
        double cpuMicrosPerOp = cpuStart < 0 || successes == 0 ? Double.NaN : cpu / 1e3 / successes;
        return new RoundResult(successes * 1e9 / elapsed, cpuMicrosPerOp, round.jdkRaceFailures.sum());
    }

    /** Stops the caller threads and waits for them to end. */
    @Override
    public void close() {
        callers.shutdownNow();
        try {
            if (!callers.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Caller threads did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCaller(Future<?> caller) throws InterruptedException {
        try {
            caller.get();
        } catch (ExecutionException e) {
            throw new BenchmarkFailedException("A caller thread died", e.getCause());
        }
    }

    private static ThreadFactory namedDaemonThreads(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The shared state of one timed round. */
    private static final class Round {

        private final Workload workload;
        private final CountDownLatch ready;
        private final CountDownLatch go = new CountDownLatch(1);
        private final LongAdder successes = new LongAdder();
        private final LongAdder failures = new LongAdder();
        private final LongAdder jdkRaceFailures = new LongAdder();
        private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        /** Written before {@link #go} opens, so every caller sees it. */
        private long deadline;

        Round(Workload workload, int threads) {
            this.workload = workload;
            this.ready = new CountDownLatch(threads);
        }

        void callUntilDeadline() {
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long done = 0;
            while (System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
                try {
                    workload.call();
                    done++;
                } catch (Throwable failure) {
                    if (JdkConnectionPoolRace.isCauseOf(failure)) {
                        jdkRaceFailures.increment();
                    } else {
                        failures.increment();
                        firstFailure.compareAndSet(null, failure);
                    }
                }
            }
            successes.add(done);
        }

        void failIfCallsFailed() {
            long failed = failures.sum();
            long raced = jdkRaceFailures.sum();
            long calls = successes.sum() + failed + raced;
            if (failed > 0) {
                throw new BenchmarkFailedException(failed + " of " + calls + " calls failed; the first failure is the"
                                                   + " cause", firstFailure.get());
            }
            if (raced > Math.max(MIN_JDK_RACE_ALLOWANCE, (long) (calls * MAX_JDK_RACE_RATE))) {
                throw new BenchmarkFailedException(raced + " of " + calls + " calls were lost to the JDK"
                                                   + " connection-pool race (JDK-8338569): more than can be ignored");
            }
        }
    }
}
