package io.github.camelinstagram.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo of README.md's first command runs the YAML example routes on the sandbox through real signed webhooks, and
 * ends with its summary line.
 */
class InstagramDemoTest {

    @Test
    void demoRunsTheExampleRoutesToTheEnd() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DemoStats stats = InstagramDemo.runOnSandbox(new PrintStream(printed, true, StandardCharsets.UTF_8), false);

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("demo: 6 webhook events handled, 5 replies sent, 1 posts published", lines.get(lines.size() - 1),
                String.join("\n", lines));
        assertTrue(InstagramDemo.isComplete(stats));
        assertEquals(0, stats.failures());
    }
}
