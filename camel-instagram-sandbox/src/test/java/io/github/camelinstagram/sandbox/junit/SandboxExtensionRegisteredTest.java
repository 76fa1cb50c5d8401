package io.github.camelinstagram.sandbox.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import io.github.camelinstagram.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionRegisteredTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create()
            .configure(b -> b.appSecret("my-test-secret"))
            .configure(b -> b.videoProcessingTime(Duration.ofMillis(10)));

    @Test
    void appliesTheSettingsAndExposesTheServer(SandboxServer injected) {
        assertSame(sandbox.server(), injected);
        assertEquals("my-test-secret", sandbox.appSecret());
        assertEquals(sandbox.server().appId(), sandbox.appId());
        assertEquals("17841400000000001", sandbox.accountId());
        assertTrue(sandbox.accessToken().startsWith("IGAA"));
        assertEquals(injected.baseUrl(), sandbox.baseUrl());
    }

    @Test
    void theClockIsBackToItsBaseInEveryTest() {
        assertEquals(Duration.ZERO, sandbox.server().clock().offset());
        sandbox.server().advanceClock(Duration.ofDays(2));
    }

    @Test
    void theClockIsStillBackToItsBaseInEveryTest() {
        assertEquals(Duration.ZERO, sandbox.server().clock().offset());
        sandbox.server().advanceClock(Duration.ofDays(2));
    }
}
