package io.github.camelinstagram.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clients without credentials cannot hold the threads that serve Meta and the application's other HTTP routes: 40
 * connections that announce a 4 MB body and send nothing, and 20 that trickle their headers, stay open next to a real
 * delivery, the verification handshake and another platform-http route, which are all answered at once. (The Vert.x
 * worker pool has 20 threads: a body read on a worker would hold all of them.)
 */
class HostileClientsTest {

    @Test
    void stalledBodiesAndTrickledHeadersDoNotDelayAnything() throws Exception {
        try (WebhookServer server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI + "&readTimeout=30s").to("mock:events");
                from("platform-http:/other").setBody(constant("other route"));
            }
        });
             Hostiles hostiles = new Hostiles(server.port())) {
            for (int i = 0; i < 40; i++) {
                hostiles.stalledBody();
            }
            for (int i = 0; i < 20; i++) {
                hostiles.trickledHeaders();
            }

            CompletableFuture<HttpResponse<String>> delivery = CompletableFuture.supplyAsync(() -> call(() -> server
                    .postSigned(Payloads.messaging(Payloads.textMessage("real.1", "hi")))));
            CompletableFuture<HttpResponse<String>> handshake = CompletableFuture.supplyAsync(() -> call(() -> server.get(
                    WebhookServer.PATH + "?hub.mode=subscribe&hub.challenge=42&hub.verify_token=" + WebhookServer.TOKEN)));
            CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() -> call(() -> server.send(
                    HttpRequest.newBuilder(server.uri("/other")).timeout(Duration.ofSeconds(20)).GET().build())));

            assertEquals(200, delivery.get(5, TimeUnit.SECONDS).statusCode());
            assertEquals("42", handshake.get(5, TimeUnit.SECONDS).body());
            assertEquals("other route", other.get(5, TimeUnit.SECONDS).body());
            assertEquals(1, server.mock("mock:events").getReceivedCounter());
            assertEquals(60, hostiles.stillOpen(), "the attackers' connections are still there, holding nothing");
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> call(Call call) {
        try {
            return call.send();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Raw sockets that misbehave, closed at the end. */
    private static final class Hostiles implements AutoCloseable {
        private final int port;
        private final List<Socket> sockets = new ArrayList<>();
        private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

        Hostiles(int port) {
            this.port = port;
        }

        /** Announces a signed-looking 4 MB body and sends nothing of it. */
        void stalledBody() throws IOException {
            Socket socket = new Socket("localhost", port);
            sockets.add(socket);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + WebhookServer.PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                       + SignatureVerifier.HEADER + ": sha256=" + "0".repeat(64) + "\r\nContent-Length: 4194304\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Sends its request head one byte every 200 ms. */
        void trickledHeaders() throws IOException {
            Socket socket = new Socket("localhost", port);
            sockets.add(socket);
            byte[] head = ("POST " + WebhookServer.PATH + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                           + "p".repeat(4000) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            OutputStream out = socket.getOutputStream();
            int[] sent = { 0 };
            trickle.scheduleAtFixedRate(() -> {
                if (sent[0] < head.length && !socket.isClosed()) {
                    try {
                        out.write(head[sent[0]++]);
                        out.flush();
                    } catch (IOException closed) {
                        sent[0] = head.length;
                    }
                }
            }, 0, 200, TimeUnit.MILLISECONDS);
        }

        long stillOpen() {
            return sockets.stream().filter(s -> !s.isClosed()).count();
        }

        @Override
        public void close() throws IOException {
            trickle.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
