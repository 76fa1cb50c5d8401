package io.github.camelinstagram.sandbox.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camelinstagram.sandbox.SandboxServer;
import io.github.camelinstagram.sandbox.state.Media;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {

    private static int port;
    private static SandboxServer first;

    @Test
    @Order(1)
    void injectsAStartedServerOnAFreePort(SandboxServer server) {
        assertTrue(server.isStarted());
        assertTrue(server.port() > 0);
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
        port = server.port();
        first = server;
        Media tote = server.sandbox().mediaOf(server.accountId(), false).get(2);
        server.sandbox().addComment(tote, "7000000000000101", "anna.follower", "left behind", null);
        assertEquals(5, server.sandbox().commentCount(tote.id()));
    }

    @Test
    @Order(2)
    void keepsTheServerButResetsTheStateBetweenTests(SandboxServer server) {
        assertEquals(port, server.port());
        Media tote = server.sandbox().mediaOf(server.accountId(), false).get(2);
        assertEquals(4, server.sandbox().commentCount(tote.id()));
    }

    @AfterAll
    static void theServerStopsAfterTheClass() {
        assertTrue(first.isStarted(), "stopped only once the class is done");
    }
}
