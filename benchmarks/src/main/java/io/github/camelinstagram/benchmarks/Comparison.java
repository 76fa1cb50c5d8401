package io.github.camelinstagram.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a subject against a reference at one concurrency: a warm-up of each, then alternating timed rounds
 * (reference, subject, reference, subject, ...), so that slow drifts of the machine (other processes, frequency
 * scaling, garbage) affect both sides alike. The result compares the medians.
 */
public final class Comparison {

    private final BenchmarkSettings settings;

    public Comparison(BenchmarkSettings settings) {
        this.settings = settings;
    }

    /**
     * @param name        scenario name for the results table
     * @param concurrency number of caller threads for both sides
     * @param reference   the plain way of doing the work
     * @param subject     our way of doing the same work
     * @param target      the lowest acceptable ratio subject / reference
     */
    public ResultRow measure(String name, int concurrency, Workload reference, Workload subject, double target)
            throws InterruptedException {
        List<RoundResult> referenceRounds = new ArrayList<>();
        List<RoundResult> subjectRounds = new ArrayList<>();
        String threadName = name.replace(' ', '-') + "-c" + concurrency;
        System.out.printf("  %s, concurrency %d (about %d s)%n", name, concurrency,
                (settings.comparisonTime().toMillis() + 999) / 1000);
        try (LoadRunner runner = new LoadRunner(threadName, concurrency)) {
            if (!settings.warmup().isZero()) {
                timedRound(runner, reference, settings.warmup(), "reference warm-up of " + scenario(name, concurrency));
                timedRound(runner, subject, settings.warmup(), "subject warm-up of " + scenario(name, concurrency));
            }
            for (int round = 1; round <= settings.rounds(); round++) {
                referenceRounds.add(timedRound(runner, reference, settings.round(),
                        "reference round " + round + " of " + scenario(name, concurrency)));
                subjectRounds.add(timedRound(runner, subject, settings.round(),
                        "subject round " + round + " of " + scenario(name, concurrency)));
            }
        }
        return new ResultRow(name, concurrency, new Throughput(referenceRounds), new Throughput(subjectRounds),
                target);
    }

    private static RoundResult timedRound(LoadRunner runner, Workload workload, Duration duration, String what)
            throws InterruptedException {
        try {
            return runner.run(workload, duration);
        } catch (BenchmarkFailedException e) {
            throw new BenchmarkFailedException(what + ": " + e.getMessage(), e.getCause());
        }
    }

    private static String scenario(String name, int concurrency) {
        return "'" + name + "' at concurrency " + concurrency;
    }
}
