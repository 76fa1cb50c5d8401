package io.github.camelinstagram.benchmarks;

/**
 * One synchronous operation that a caller thread repeats in a loop during a round: for example one HTTP request and
 * the check of its answer. It must be safe to call from several threads at once, and must throw when the answer is
 * wrong, so that a benchmark never measures failures.
 */
@FunctionalInterface
public interface Workload {

    /** Performs the operation once and checks its outcome. */
    void call() throws Exception;
}
