package io.github.camelinstagram.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders result rows as an aligned plain-text table (for the console) or as a Markdown table (for the results file).
 * Columns: benchmark, concurrency, reference ops/s, subject ops/s, ratio (subject/reference), target.
 */
public final class ResultTable {

    private static final String[] HEADERS = {
        "benchmark", "concurrency", "reference ops/s", "subject ops/s", "ratio (subject/reference)", "target" };
    /** Whether each column is right-aligned (numbers) or left-aligned (text). */
    private static final boolean[] RIGHT_ALIGNED = { false, true, true, true, true, true };

    private final List<ResultRow> rows;

    public ResultTable(List<ResultRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table with space-padded columns separated by {@code |}. */
    public String toText() {
        List<String[]> cells = cells();
        int[] widths = new int[HEADERS.length];
        for (String[] line : cells) {
            for (int column = 0; column < line.length; column++) {
                widths[column] = Math.max(widths[column], line[column].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            appendLine(text, cells.get(i), widths);
            if (i == 0) {
                appendRule(text, widths);
            }
        }
        return text.toString();
    }

    /** The table as GitHub-flavoured Markdown, numbers right-aligned. */
    public String toMarkdown() {
        StringBuilder markdown = new StringBuilder();
        List<String[]> cells = cells();
        markdown.append("| ").append(String.join(" | ", cells.get(0))).append(" |\n|");
        for (boolean right : RIGHT_ALIGNED) {
            markdown.append(right ? "---:|" : "---|");
        }
        markdown.append('\n');
        for (String[] line : cells.subList(1, cells.size())) {
            markdown.append("| ").append(String.join(" | ", line)).append(" |\n");
        }
        return markdown.toString();
    }

    /**
     * Markdown table of the details behind each row: every round's throughput, the median CPU time per call of the
     * whole JVM (stub included, so only the difference between the sides is the clients'), and the calls lost to the
     * JDK connection-pool race.
     */
    public String detailsToMarkdown() {
        StringBuilder markdown = new StringBuilder("| benchmark | concurrency | reference rounds (ops/s) |"
                                                   + " subject rounds (ops/s) | reference CPU µs/op |"
                                                   + " subject CPU µs/op | JDK race losses (ref / subj) |\n"
                                                   + "|---|---:|---|---|---:|---:|---:|\n");
        for (ResultRow row : rows) {
            markdown.append("| ").append(row.benchmark())
                    .append(" | ").append(row.concurrency())
                    .append(" | ").append(row.reference().describeRounds())
                    .append(" | ").append(row.subject().describeRounds())
                    .append(" | ").append(format("%.0f", row.reference().medianCpuMicrosPerOp()))
                    .append(" | ").append(format("%.0f", row.subject().medianCpuMicrosPerOp()))
                    .append(" | ").append(row.reference().jdkRaceFailures())
                    .append(" / ").append(row.subject().jdkRaceFailures()).append(" |\n");
        }
        return markdown.toString();
    }

    /** One sentence naming the rows below their target, or saying that all reached it. */
    public String targetSummary() {
        List<String> below = rows.stream().filter(row -> !row.meetsTarget())
                .map(row -> row.benchmark() + " c=" + row.concurrency()).toList();
        if (rows.isEmpty()) {
            return "No results.";
        }
        return below.isEmpty() ? "All " + rows.size() + " rows reach their target."
                : below.size() + " of " + rows.size() + " rows below target: " + String.join(", ", below) + ".";
    }

    private List<String[]> cells() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (ResultRow row : rows) {
            cells.add(new String[] {
                row.benchmark(),
                Integer.toString(row.concurrency()),
                format("%,.0f", row.reference().median()),
                format("%,.0f", row.subject().median()),
                format("%.2f", row.ratio()),
                format("%.2f", row.target()) });
        }
        return cells;
    }

    private static void appendLine(StringBuilder text, String[] line, int[] widths) {
        for (int column = 0; column < line.length; column++) {
            if (column > 0) {
                text.append(" | ");
            }
            String padding = " ".repeat(widths[column] - line[column].length());
            text.append(RIGHT_ALIGNED[column] ? padding + line[column] : line[column] + padding);
        }
        text.append('\n');
    }

    private static void appendRule(StringBuilder text, int[] widths) {
        for (int column = 0; column < widths.length; column++) {
            text.append(column > 0 ? "-|-" : "").append("-".repeat(widths[column]));
        }
        text.append('\n');
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
