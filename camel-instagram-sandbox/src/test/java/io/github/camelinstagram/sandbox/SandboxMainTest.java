package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void theBannerPrintsTheUrlsTheAppAndAReadyToUseToken() {
        SandboxServer.Builder builder = SandboxServer.builder();
        SandboxMain.configure(builder, new String[] {"--port", "0", "--redirect-uri", "https://x.example/cb"});
        try (SandboxServer server = builder.build().start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SandboxMain.banner(server, new PrintStream(out, true, StandardCharsets.UTF_8));
            String banner = out.toString(StandardCharsets.UTF_8);
            assertTrue(banner.contains(server.baseUrl()));
            assertTrue(banner.contains(server.consoleUrl()));
            assertTrue(banner.contains(server.appId()));
            assertTrue(banner.contains(server.appSecret()));
            assertTrue(banner.contains(server.accountId()));
            assertTrue(banner.contains(server.accessToken()));
            assertTrue(banner.contains("https://x.example/cb"));
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.configure(SandboxServer.builder(), new String[] {"--port", "http"}));
        assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.configure(SandboxServer.builder(), new String[] {"--verbose"}));
        assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.configure(SandboxServer.builder(), new String[] {"--port"}));
    }
}
