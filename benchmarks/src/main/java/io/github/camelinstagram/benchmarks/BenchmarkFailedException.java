package io.github.camelinstagram.benchmarks;

/**
 * A benchmark could not produce a valid measurement: an operation failed or answered wrongly. It ends the run with a
 * non-zero exit code.
 */
public class BenchmarkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchmarkFailedException(String message) {
        super(message);
    }

    public BenchmarkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
