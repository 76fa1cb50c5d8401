package io.github.camelinstagram.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Java block of README.md is a tagged region of ReadmeRoutes (camel-instagram-webhook's tests), which
 * ReadmeRoutesTest compiles and runs: the README shows code that compiles inside a RouteBuilder and works.
 */
class ReadmeSamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path ROUTES = Path.of("..", "camel-instagram-webhook", "src", "test", "java", "io", "github",
            "camelinstagram", "webhook", "readme", "ReadmeRoutes.java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
            Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheReadmeIsTestedCode() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher tag = TAG.matcher(Files.readString(ROUTES));
        while (tag.find()) {
            regions.put(tag.group(1), normalized(tag.group(2)));
        }
        List<String> blocks = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
        while (block.find()) {
            blocks.add(normalized(block.group(1)));
        }

        assertFalse(blocks.isEmpty(), "README.md has Java blocks");
        for (String code : blocks) {
            assertTrue(regions.containsValue(code), "this README block is not a tagged region of " + ROUTES
                                                    + " (copy it from there):\n" + code);
        }
    }

    /** Without the common indentation and trailing blanks, so that the tested code may sit inside a method. */
    static String normalized(String code) {
        List<String> lines = new ArrayList<>(List.of(code.split("\\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
