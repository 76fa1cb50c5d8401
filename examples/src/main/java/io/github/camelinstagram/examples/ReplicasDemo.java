package io.github.camelinstagram.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.sandbox.SandboxServer;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Three replicas of the example routes behind one webhook URL, sharing one PostgreSQL: started as three JVMs
 * ({@link ReplicaInstance}) against the sandbox and an embedded PostgreSQL (or the one of {@code JDBC_URL}). A
 * follower writes; Meta's delivery of that message, and its redeliveries, reach all three replicas at once. The bot
 * answers once, and every replica acknowledges the event. Ends with
 * {@code replicas: <N> deliveries to 3 instances, all acknowledged, <R> reply sent} and exits 0 when R is 1.
 */
public final class ReplicasDemo {

    private static final String ANNA = "7000000000000101";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ReplicasDemo() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(System.getenv("JDBC_URL")) ? 0 : 1);
    }

    /**
     * @param  jdbcUrl the database; null or blank for an embedded PostgreSQL
     * @return         whether every replica acknowledged the event and the bot answered once
     */
    static boolean run(String jdbcUrl) throws Exception {
        EmbeddedPostgres postgres = null;
        List<Process> replicas = new ArrayList<>();
        try (SandboxServer sandbox = SandboxServer.builder().port(0).build().start()) {
            if (jdbcUrl == null || jdbcUrl.isBlank()) {
                postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("replicas-pg-"))
                        .start();
                jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            }
            System.out.println("PostgreSQL: " + jdbcUrl + "; sandbox: " + sandbox.baseUrl());
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int port = freePort();
                ports.add(port);
                replicas.add(startReplica(port, jdbcUrl, sandbox));
            }
            for (int port : ports) {
                awaitReady(port);
            }
            System.out.println("3 replicas ready on ports " + ports);

            // the follower writes: the conversation is open, and Meta delivers the message to the webhook URL
            new SandboxFollower(sandbox.baseUrl(), sandbox.accountId(), ANNA).sendMessage("Do you ship to Canada?");
            long repliesBefore = outboundTo(sandbox, ANNA);
            String mid = "mid.replicas-demo-" + Instant.now().toEpochMilli();
            byte[] body = messageEvent(sandbox.accountId(), mid).getBytes(StandardCharsets.UTF_8);
            String signature = SignatureVerifier.sign(sandbox.appSecret(), body);

            // the delivery and two early redeliveries reach the three replicas at the same moment; Meta delivers
            // again whatever was not acknowledged (503: still being routed elsewhere), as it does for 36 hours
            int deliveries = 0;
            List<Integer> pending = new ArrayList<>(ports);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (int port : pending) {
                    answers.add(post(port, body, signature));
                    deliveries++;
                }
                List<Integer> again = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    int status = answers.get(i).join().statusCode();
                    System.out.println("  replica on port " + pending.get(i) + " answered " + status);
                    if (status != 200) {
                        again.add(pending.get(i));
                    }
                }
                pending = again;
            }
            long replies = outboundTo(sandbox, ANNA) - repliesBefore;
            System.out.println("replicas: " + deliveries + " deliveries to 3 instances, " + (pending.isEmpty()
                    ? "all acknowledged" : pending.size() + " never acknowledged") + ", " + replies + " reply sent");
            if (replies != 1) {
                System.out.println("Expected exactly one reply: see the replicas' logs above");
            }
            return pending.isEmpty() && replies == 1;
        } finally {
            replicas.forEach(Process::destroy);
            for (Process replica : replicas) {
                replica.waitFor();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Messages the shop has sent in the follower's conversation (the sandbox's own seed included). */
    private static long outboundTo(SandboxServer sandbox, String follower) {
        return sandbox.sandbox().conversation(sandbox.accountId(), follower).map(Conversation::messages)
                .orElse(List.of()).stream().filter(message -> message.isOutbound()).count();
    }

    private static Process startReplica(int port, String jdbcUrl, SandboxServer sandbox) throws Exception {
        Path log = Files.createTempFile("replica-" + port + "-", ".log");
        System.out.println("Starting a replica on port " + port + " (log " + log + ")");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ReplicaInstance.class.getName(), Integer.toString(port),
                jdbcUrl, sandbox.baseUrl(), sandbox.accessToken(), sandbox.accountId(), sandbox.appSecret())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the replica answers Meta's verification handshake. */
    private static void awaitReady(int port) throws Exception {
        URI handshake = URI.create("http://127.0.0.1:" + port + InstagramDemo.WEBHOOK_PATH
                                   + "?hub.mode=subscribe&hub.challenge=ready&hub.verify_token="
                                   + InstagramDemo.VERIFY_TOKEN);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(handshake).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The replica on port " + port + " did not start within " + START_TIMEOUT);
    }

    private static CompletableFuture<HttpResponse<String>> post(int port, byte[] body, String signature) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                                                + InstagramDemo.WEBHOOK_PATH))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, signature).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String messageEvent(String account, String mid) {
        long now = Instant.now().toEpochMilli();
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + account + "\",\"time\":" + now + ",\"messaging\":["
               + "{\"sender\":{\"id\":\"" + ANNA + "\"},\"recipient\":{\"id\":\"" + account + "\"},\"timestamp\":"
               + now + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"Do you ship to Canada?\"}}]}]}";
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
