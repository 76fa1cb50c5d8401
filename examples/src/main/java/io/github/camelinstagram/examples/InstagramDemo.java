package io.github.camelinstagram.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.github.camelinstagram.sandbox.SandboxServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The demo: the example routes of {@code src/main/resources/routes} (an auto-reply bot that hands over to a human
 * agent, comment moderation, a carousel publisher) on the local sandbox, driven by simulated followers through real
 * signed webhooks. It prints what the routes do and ends with one line
 * {@code demo: <E> webhook events handled, <R> replies sent, <P> posts published}.
 * <p>
 * {@code --keep-running} keeps the sandbox and the routes running afterwards, to play in the sandbox console. With the
 * environment variable {@code INSTAGRAM_ACCESS_TOKEN} set, the same routes run against the real service instead (see
 * README.md for the variables).
 */
public final class InstagramDemo {

    static final String VERIFY_TOKEN = "demo-verify-token";
    static final String WEBHOOK_PATH = "/instagram/webhook";
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    /** What the scenario makes the routes do: 3 direct messages and 3 comments, one carousel. */
    static final int EXPECTED_EVENTS = 6;
    static final int EXPECTED_REPLIES = 5;
    static final int EXPECTED_POSTS = 1;

    private static final String ANNA = "7000000000000101";
    private static final String BEN = "7000000000000102";
    private static final String CARLA = "7000000000000103";

    private InstagramDemo() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        if (System.getenv("INSTAGRAM_ACCESS_TOKEN") != null) {
            runLive();
            return;
        }
        DemoStats stats = runOnSandbox(System.out, options.contains("--keep-running"));
        System.exit(isComplete(stats) ? 0 : 1);
    }

    static boolean isComplete(DemoStats stats) {
        return stats.failures() == 0 && stats.eventsHandled() >= EXPECTED_EVENTS
               && stats.repliesSent() >= EXPECTED_REPLIES && stats.postsPublished() >= EXPECTED_POSTS;
    }

    /**
     * Runs the scenario on a fresh sandbox and returns what the routes did; the last line printed is the summary.
     *
     * @param keepRunning whether to keep everything running until the JVM is stopped, after the summary
     */
    static DemoStats runOnSandbox(PrintStream out, boolean keepRunning) throws Exception {
        SandboxServer sandbox = SandboxServer.builder().port(0).videoProcessingTime(Duration.ofSeconds(2)).build()
                .start();
        Main main = new Main();
        DemoStats stats = new DemoStats();
        try {
            out.println("Sandbox: " + sandbox.baseUrl() + " (console " + sandbox.consoleUrl() + ")");
            int port = freePort();
            configure(main, stats, Map.of(
                    "camel.component.instagram.access-token", sandbox.accessToken(),
                    "camel.component.instagram.account-id", sandbox.accountId(),
                    "camel.component.instagram.base-url", sandbox.baseUrl(),
                    "camel.component.instagram.oauth-base-url", sandbox.baseUrl(),
                    "camel.component.instagram.upload-base-url", sandbox.baseUrl(),
                    "instagram.app-secret", sandbox.appSecret(),
                    "instagram.verify-token", VERIFY_TOKEN,
                    "camel.server.port", Integer.toString(port)));
            main.start();
            CamelContext camel = main.getCamelContext();
            ProducerTemplate template = camel.createProducerTemplate();

            sandbox.configureWebhook("http://127.0.0.1:" + port + WEBHOOK_PATH, VERIFY_TOKEN);
            template.requestBody("instagram:subscribeWebhooks?subscribedFields=comments,messages", (Object) null);
            out.println("Webhook verified and @sandbox_shop subscribed to comments and messages");

            playFollowers(out, sandbox);
            out.println("Publishing a carousel of 3 images...");
            template.asyncSendBody("direct:publish-carousel", null);

            boolean done = stats.awaitAtLeast(EXPECTED_EVENTS, EXPECTED_REPLIES, EXPECTED_POSTS, TIMEOUT);
            if (!done || stats.failures() > 0) {
                out.println("The demo did not complete within " + TIMEOUT.toSeconds() + " s: expected "
                            + EXPECTED_EVENTS + " events, " + EXPECTED_REPLIES + " replies, " + EXPECTED_POSTS
                            + " post, and no failed event (" + stats.failures() + " failed)");
            }
            out.println(stats.summary());
            if (keepRunning) {
                out.println("Still running: play in " + sandbox.consoleUrl() + ", stop with Ctrl+C");
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
            return stats;
        } finally {
            main.stop();
            sandbox.close();
        }
    }

    private static void playFollowers(PrintStream out, SandboxServer sandbox) {
        SandboxFollower anna = new SandboxFollower(sandbox.baseUrl(), sandbox.accountId(), ANNA);
        SandboxFollower ben = new SandboxFollower(sandbox.baseUrl(), sandbox.accountId(), BEN);
        SandboxFollower carla = new SandboxFollower(sandbox.baseUrl(), sandbox.accountId(), CARLA);
        String post = anna.newestMediaId();
        out.println("Followers start writing: three direct messages and three comments on post " + post);
        anna.sendMessage("Hi! Do you ship to Canada?");
        ben.sendMessage("I want a refund, can I talk to a human please?");
        carla.sendMessage("Love your shop!");
        anna.comment(post, "What sizes does this come in?");
        ben.comment(post, "Get followers4free at example.biz");
        carla.comment(post, "Gorgeous colours!");
    }

    /** Against graph.instagram.com: the same routes, configured from the environment, until stopped. */
    private static void runLive() throws Exception {
        Main main = new Main();
        String port = System.getenv().getOrDefault("PORT", "8080");
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "camel.component.instagram.access-token", System.getenv("INSTAGRAM_ACCESS_TOKEN"),
                "camel.component.instagram.account-id", System.getenv().getOrDefault("INSTAGRAM_ACCOUNT_ID", ""),
                "instagram.app-secret", requireEnv("INSTAGRAM_APP_SECRET"),
                "instagram.verify-token", requireEnv("INSTAGRAM_VERIFY_TOKEN"),
                "camel.server.port", port));
        String jdbcUrl = System.getenv("JDBC_URL");
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            // several replicas: tokens, limits and webhook event ids in one PostgreSQL (docs: Running several instances)
            String user = System.getenv().getOrDefault("JDBC_USER", "postgres");
            properties.putAll(ReplicaInstance.sharedState(jdbcUrl, user, System.getenv("JDBC_PASSWORD")));
        }
        configure(main, new DemoStats(), properties);
        System.out.println("Routes running against the real service; Meta's callback: http(s)://<this host>:" + port
                           + WEBHOOK_PATH);
        main.run();
    }

    static void configure(Main main, DemoStats stats, Map<String, String> properties) {
        main.configure().withRoutesIncludePattern("classpath:routes/*.yaml");
        main.bind("demoStats", stats);
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "0.0.0.0");
        main.addInitialProperty("camel.main.name", "instagram-demo");
        properties.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                main.addOverrideProperty(key, value);
            }
        });
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set the environment variable " + name + " to run against the real"
                                            + " service (see README.md)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
