package io.github.camelinstagram.benchmarks;

/**
 * What one timed round of one side measured.
 *
 * @param opsPerSecond    successful calls per second, over all caller threads
 * @param cpuMicrosPerOp  CPU time of the whole benchmark JVM (clients and stub together) per successful call, in
 *                        microseconds; NaN when the JVM cannot tell. Less sensitive than throughput to other processes
 *                        competing for the machine
 * @param jdkRaceFailures calls lost to the JDK connection-pool race ({@link JdkConnectionPoolRace}), not counted as
 *                        successes
 */
public record RoundResult(double opsPerSecond, double cpuMicrosPerOp, long jdkRaceFailures) {
}
