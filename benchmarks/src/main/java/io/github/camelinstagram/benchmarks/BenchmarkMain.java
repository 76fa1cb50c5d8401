package io.github.camelinstagram.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.camelinstagram.benchmarks.messaging.MessagingPacingBenchmark;
import io.github.camelinstagram.benchmarks.producer.ProducerThroughputBenchmark;
import io.github.camelinstagram.benchmarks.webhook.WebhookThroughputBenchmark;

/**
 * Runs every benchmark, prints the results table and writes it as Markdown to the file named by the first argument
 * (default {@code target/benchmark-results.md}).
 * <p>
 * Every benchmark runs even when an earlier one failed; the table shows the ones that succeeded, and the run then ends
 * with an exception (non-zero exit code) naming the failures. A ratio below its target is reported, not a failure:
 * the figures depend on the machine.
 */
public final class BenchmarkMain {

    /** Every benchmark, in the order they run. To add one, add its constructor here. */
    static final List<Supplier<Benchmark>> BENCHMARKS = List.of(
            ProducerThroughputBenchmark::new,
            MessagingPacingBenchmark::new,
            WebhookThroughputBenchmark::new,
            io.github.camelinstagram.benchmarks.publishing.CarouselPublishBenchmark::new,
            io.github.camelinstagram.benchmarks.shared.SharedStateBenchmark::new);

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        Path output = Path.of(args.length > 0 ? args[0] : "target/benchmark-results.md");
        System.out.println("Benchmarks, " + settings);

        List<ResultRow> rows = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        String only = System.getProperty("bench.only", "");
        for (Supplier<Benchmark> factory : BENCHMARKS) {
            Benchmark benchmark = factory.get();
            if (benchmark.name().contains(only)) {
                run(benchmark, settings, rows, failures);
            }
        }

        ResultTable table = new ResultTable(rows);
        System.out.println();
        System.out.print(table.toText());
        System.out.println(table.targetSummary());
        ResultsFile.write(output, settings, table, failures);
        System.out.println("Written to " + output.toAbsolutePath()
                           + " (with every round, CPU time per call and JDK race losses)");
        failIfAny(failures);
    }

    private static void run(Benchmark benchmark, BenchmarkSettings settings, List<ResultRow> rows,
                            List<Exception> failures) {
        System.out.println("Running " + benchmark.name() + " ...");
        long start = System.nanoTime();
        try {
            rows.addAll(benchmark.run(settings));
            System.out.printf("  done in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
        } catch (Exception e) {
            System.out.println("  FAILED: " + e);
            failures.add(new BenchmarkFailedException(benchmark.name() + " failed", e));
        }
    }

    private static void failIfAny(List<Exception> failures) {
        if (failures.isEmpty()) {
            return;
        }
        BenchmarkFailedException failed = new BenchmarkFailedException(failures.size() + " benchmark(s) failed",
                failures.get(0));
        failures.subList(1, failures.size()).forEach(failed::addSuppressed);
        throw failed;
    }
}
