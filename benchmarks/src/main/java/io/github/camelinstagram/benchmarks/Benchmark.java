package io.github.camelinstagram.benchmarks;

import java.util.List;

/**
 * One benchmark: it measures a subject (our code) against a reference (the plainest way to do the same work) under the
 * same conditions, and returns one {@link ResultRow} per scenario it measured (for example one per concurrency level).
 * <p>
 * A benchmark that cannot measure correctly (a wrong answer, an exception, a stub that does not start) throws: the
 * run then fails. Add a new benchmark to {@link BenchmarkMain#BENCHMARKS}.
 */
public interface Benchmark {

    /** Short name, printed while the benchmark runs. */
    String name();

    /**
     * Runs the reference and the subject, alternately, with the given settings.
     *
     * @return one row per measured scenario, in the order they should be printed
     * @throws Exception when a measurement failed; the whole run then fails
     */
    List<ResultRow> run(BenchmarkSettings settings) throws Exception;
}
