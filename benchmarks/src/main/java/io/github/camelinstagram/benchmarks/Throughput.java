package io.github.camelinstagram.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The rounds measured for one side of a comparison, summarised by medians, which a single disturbed round does not
 * move.
 *
 * @param rounds the rounds, in the order they were measured
 */
public record Throughput(List<RoundResult> rounds) {

    public Throughput {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("No rounds measured");
        }
        rounds = List.copyOf(rounds);
    }

    /** Median operations per second. */
    public double median() {
        return median(RoundResult::opsPerSecond);
    }

    /** Median CPU microseconds per operation (whole JVM), NaN when unknown. */
    public double medianCpuMicrosPerOp() {
        return median(RoundResult::cpuMicrosPerOp);
    }

    /** Calls lost to the JDK connection-pool race over all rounds. */
    public long jdkRaceFailures() {
        return rounds.stream().mapToLong(RoundResult::jdkRaceFailures).sum();
    }

    /** The rounds' operations per second, e.g. {@code 1200, 1250, 1190}. */
    public String describeRounds() {
        return rounds.stream().map(round -> String.format(Locale.ROOT, "%.0f", round.opsPerSecond()))
                .collect(Collectors.joining(", "));
    }

    private double median(ToDoubleFunction<RoundResult> value) {
        double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
