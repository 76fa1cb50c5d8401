package io.github.camelinstagram.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The option and header tables under {@code modules/ROOT/partials} are exactly what the components' metadata says. Run
 * with {@code -Ddocs.update=true} to rewrite them after an option or header changed.
 */
class DocsUpToDateTest {

    private static final Path PARTIALS = Path.of("modules", "ROOT", "partials");

    static Stream<Arguments> tables() {
        String instagram = "/META-INF/io/github/camelinstagram/instagram.json";
        String webhook = "/META-INF/io/github/camelinstagram/webhook/instagram-webhook.json";
        return Stream.of(
                table(instagram, "instagram-component-options.adoc", OptionsTableRenderer::componentOptions),
                table(instagram, "instagram-endpoint-options.adoc", OptionsTableRenderer::endpointOptions),
                table(instagram, "instagram-headers.adoc", OptionsTableRenderer::headers),
                table(webhook, "instagram-webhook-component-options.adoc", OptionsTableRenderer::componentOptions),
                table(webhook, "instagram-webhook-endpoint-options.adoc", OptionsTableRenderer::endpointOptions),
                table(webhook, "instagram-webhook-headers.adoc", OptionsTableRenderer::headers));
    }

    private static Arguments table(String metadata, String file, Function<JsonNode, String> renderer) {
        return Arguments.of(metadata, file, renderer);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("tables")
    void tableMatchesMetadata(String metadata, String file, Function<JsonNode, String> renderer) throws IOException {
        JsonNode json;
        try (InputStream in = DocsUpToDateTest.class.getResourceAsStream(metadata)) {
            assertNotNull(in, "metadata on the classpath: " + metadata);
            json = new ObjectMapper().readTree(in);
        }
        String expected = renderer.apply(json);
        Path target = PARTIALS.resolve(file);
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(PARTIALS);
            Files.writeString(target, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, target + " is stale: run mvn -pl docs test -Ddocs.update=true and commit it");
    }
}
