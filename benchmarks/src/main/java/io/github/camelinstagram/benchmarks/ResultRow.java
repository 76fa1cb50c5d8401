package io.github.camelinstagram.benchmarks;

/**
 * One line of the results table: a scenario of a benchmark, measured for the reference and for the subject.
 *
 * @param benchmark   scenario name, e.g. {@code producer getProfile}
 * @param concurrency number of caller threads that made calls at the same time
 * @param reference   throughput of the reference (plain client)
 * @param subject     throughput of the subject (our component)
 * @param target      the lowest acceptable {@link #ratio()}
 */
public record ResultRow(String benchmark, int concurrency, Throughput reference, Throughput subject, double target) {

    /** Median throughput of the subject divided by the median throughput of the reference. */
    public double ratio() {
        return subject.median() / reference.median();
    }

    /** Whether the subject reached the target ratio. */
    public boolean meetsTarget() {
        return ratio() >= target;
    }
}
