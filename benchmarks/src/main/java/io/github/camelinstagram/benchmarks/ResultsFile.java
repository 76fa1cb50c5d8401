package io.github.camelinstagram.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The Markdown results file: when and how the benchmarks ran (settings, JVM, processors, JVM arguments), the results
 * table, the details behind each row, and the failures if any.
 */
final class ResultsFile {

    private ResultsFile() {
    }

    static void write(Path output, BenchmarkSettings settings, ResultTable table, List<Exception> failures)
            throws IOException {
        StringBuilder markdown = new StringBuilder("# Benchmark results\n\n")
                .append(environment(settings)).append('\n')
                .append("Throughputs are the medians of the rounds; the ratio is subject / reference.\n\n")
                .append(table.toMarkdown()).append('\n')
                .append(table.targetSummary()).append("\n\n## Details\n\n")
                .append(table.detailsToMarkdown());
        if (!failures.isEmpty()) {
            markdown.append("\n## Failures\n\n");
            failures.forEach(failure -> markdown.append("- ").append(failure.getMessage()).append(": ")
                    .append(failure.getCause()).append('\n'));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, markdown);
    }

    private static String environment(BenchmarkSettings settings) {
        Runtime runtime = Runtime.getRuntime();
        return "- run: " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + '\n'
               + "- settings: " + settings + '\n'
               + "- JVM: " + System.getProperty("java.vm.name") + ' ' + System.getProperty("java.version")
               + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MB, " + runtime.availableProcessors()
               + " processors, ForkJoinPool common parallelism " + ForkJoinPool.getCommonPoolParallelism() + '\n'
               + "- JVM arguments: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
               + '\n';
    }
}
