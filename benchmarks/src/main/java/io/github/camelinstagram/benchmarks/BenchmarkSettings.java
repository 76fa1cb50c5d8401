package io.github.camelinstagram.benchmarks;

import java.time.Duration;

/**
 * How long each benchmark measures: a warm-up per side, then {@code rounds} timed rounds per side, alternating
 * reference and subject.
 * <p>
 * Read from system properties: {@code bench.quick=true} selects a short smoke-test run; {@code bench.warmupMillis},
 * {@code bench.roundMillis} and {@code bench.rounds} override single values (empty means the mode's default).
 *
 * @param quick   whether this is the short smoke-test mode (figures are then only indicative)
 * @param warmup  duration of the warm-up of each side, before the measured rounds
 * @param round   duration of one measured round
 * @param rounds  number of measured rounds per side; the reported figure is their median
 */
public record BenchmarkSettings(boolean quick, Duration warmup, Duration round, int rounds) {

    private static final BenchmarkSettings FULL
            = new BenchmarkSettings(false, Duration.ofSeconds(4), Duration.ofSeconds(2), 5);
    private static final BenchmarkSettings QUICK
            = new BenchmarkSettings(true, Duration.ofMillis(500), Duration.ofMillis(300), 3);

    public BenchmarkSettings {
        if (warmup.isNegative() || round.isZero() || round.isNegative() || rounds < 1) {
            throw new IllegalArgumentException("Invalid benchmark settings: warm-up " + warmup + ", round " + round
                                               + ", rounds " + rounds);
        }
    }

    /** The settings chosen by the {@code bench.*} system properties. */
    public static BenchmarkSettings fromSystemProperties() {
        BenchmarkSettings defaults = Boolean.getBoolean("bench.quick") ? QUICK : FULL;
        return new BenchmarkSettings(defaults.quick(),
                millis("bench.warmupMillis", defaults.warmup()),
                millis("bench.roundMillis", defaults.round()),
                (int) number("bench.rounds", defaults.rounds()));
    }

    /** Rough wall-clock time of one reference-against-subject comparison with these settings. */
    public Duration comparisonTime() {
        return warmup.multipliedBy(2).plus(round.multipliedBy(2L * rounds));
    }

    @Override
    public String toString() {
        return (quick ? "quick" : "full") + " mode: warm-up " + warmup.toMillis() + " ms per side, " + rounds
               + " rounds of " + round.toMillis() + " ms per side";
    }

    private static Duration millis(String property, Duration fallback) {
        return Duration.ofMillis(number(property, fallback.toMillis()));
    }

    private static long number(String property, long fallback) {
        String value = System.getProperty(property, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + property + " must be a whole number, not '"
                                               + value + "'", e);
        }
    }
}
