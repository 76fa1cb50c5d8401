package io.github.camelinstagram.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook callback for the tests, on the JDK's HTTP server: answers the verification GET with the challenge when the
 * verify token matches (403 otherwise), and records every POST with its exact bytes and headers, answering 500 to the
 * first {@link #failNext(int) N} of them.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A POST received: its exact body and its headers. */
    record Received(byte[] body, String signature256, String signature1, String contentType) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final String verifyToken;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();

    WebhookReceiver(String verifyToken) throws IOException {
        this.verifyToken = verifyToken;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhook", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    /** Answers 500 to the next {@code count} POSTs. */
    void failNext(int count) {
        failures.set(count);
    }

    List<Received> received() {
        return received;
    }

    int verifications() {
        return verifications.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())) {
                verifications.incrementAndGet();
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                boolean ok = "subscribe".equals(query.get("hub.mode"))
                             && verifyToken.equals(query.get("hub.verify_token"));
                answer(exchange, ok ? 200 : 403, ok ? query.get("hub.challenge") : "forbidden");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"),
                    exchange.getRequestHeaders().getFirst("X-Hub-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            boolean fail = failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
            answer(exchange, fail ? 500 : 200, fail ? "try again" : "");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
