package io.github.camelinstagram.benchmarks.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.benchmarks.Benchmark;
import io.github.camelinstagram.benchmarks.BenchmarkFailedException;
import io.github.camelinstagram.benchmarks.BenchmarkSettings;
import io.github.camelinstagram.benchmarks.Comparison;
import io.github.camelinstagram.benchmarks.ResultRow;
import io.github.camelinstagram.benchmarks.Workload;
import io.github.camelinstagram.benchmarks.producer.GraphFixture;
import io.github.camelinstagram.benchmarks.producer.StubGraphServer;
import io.github.camelinstagram.benchmarks.webhook.SignedPayloads;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What the state shared in PostgreSQL ({@code camel-instagram-jdbc}, option {@code dataSource}) costs against the
 * in-memory state of one instance, in the same run, against the same local Graph stub and the same database (a real
 * PostgreSQL, in its own process, reached over a local TCP connection of a HikariCP pool):
 * <ul>
 * <li>{@code getProfile}: the token read from the table and the usage headers read and written;</li>
 * <li>{@code sendMessage}: the same, and the Bucket4j bucket taken in a select-for-update transaction (the limit is
 * raised so that no call waits for its turn: only the cost of the shared count is measured);</li>
 * <li>webhook deliveries of 10 events: each event claimed and confirmed in the event table.</li>
 * </ul>
 * Throughput as ratios at 1 and 16 callers, and the latency one sequential call gains (p50 and p99 of 2,000 calls
 * each way). Target: under 1 ms added at p50; the ratio rows have an informative target of 0.5.
 */
public final class SharedStateBenchmark implements Benchmark {

    private static final int[] CONCURRENCY = { 1, 16 };
    private static final double TARGET = 0.5;
    private static final int LATENCY_CALLS = 2_000;
    private static final String SECRET = "benchmarkAppSecret0123456789";
    private final List<String> latencyLines = new ArrayList<>();

    @Override
    public String name() {
        return "shared state (camel-instagram-jdbc on PostgreSQL vs in memory)";
    }

    @Override
    public List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        Path data = Files.createTempDirectory("bench-postgres-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
             HikariDataSource pool = pool(postgres.getPort());
             StubGraphServer stub = StubGraphServer.start(1);
             CamelContext memory = context(stub.baseUrl(), null);
             CamelContext shared = context(stub.baseUrl(), pool)) {
            Calls inMemory = new Calls(memory, stub.baseUrl());
            Calls inDatabase = new Calls(shared, stub.baseUrl());
            Comparison comparison = new Comparison(settings);
            List<ResultRow> rows = new ArrayList<>();
            latency("getProfile", inMemory::getProfile, inDatabase::getProfile);
            latency("sendMessage", inMemory::sendMessage, inDatabase::sendMessage);
            for (int concurrency : CONCURRENCY) {
                rows.add(comparison.measure("shared state getProfile", concurrency, inMemory::getProfile,
                        inDatabase::getProfile, TARGET));
                rows.add(comparison.measure("shared state sendMessage", concurrency, inMemory::sendMessage,
                        inDatabase::sendMessage, TARGET));
            }
            rows.addAll(webhooks(settings, comparison, pool));
            latencyLines.forEach(System.out::println);
            return rows;
        }
    }

    private List<ResultRow> webhooks(BenchmarkSettings settings, Comparison comparison, HikariDataSource pool)
            throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (CamelContext camel = new DefaultCamelContext()) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            camel.addService(new VertxPlatformHttpServer(server));
            camel.getRegistry().bind("pg", pool);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    String options = "?verifyToken=v&appSecret=RAW(" + SECRET + ")";
                    from("instagram-webhook:/memory" + options).process(exchange -> { });
                    from("instagram-webhook:/shared" + options + "&dataSource=#pg").process(exchange -> { });
                }
            });
            camel.start();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            SignedPayloads payloads = new SignedPayloads(SECRET, 60);
            String base = "http://127.0.0.1:" + port;
            Workload memory = () -> post(http, base + "/memory", payloads.next(10));
            Workload shared = () -> post(http, base + "/shared", payloads.next(10));
            latency("webhook delivery of 10 events", memory, shared);
            List<ResultRow> rows = new ArrayList<>();
            for (int concurrency : CONCURRENCY) {
                rows.add(comparison.measure("shared state webhook 10 events", concurrency, memory, shared, TARGET));
            }
            return rows;
        }
    }

    /** p50 and p99 of sequential calls each way, alternating in blocks, and what the shared state adds. */
    private void latency(String what, Workload memory, Workload shared) throws Exception {
        for (int i = 0; i < 200; i++) {
            memory.call();
            shared.call();
        }
        long[] inMemory = new long[LATENCY_CALLS];
        long[] inDatabase = new long[LATENCY_CALLS];
        for (int i = 0; i < LATENCY_CALLS; i++) {
            long start = System.nanoTime();
            memory.call();
            long middle = System.nanoTime();
            shared.call();
            inMemory[i] = middle - start;
            inDatabase[i] = System.nanoTime() - middle;
        }
        Arrays.sort(inMemory);
        Arrays.sort(inDatabase);
        double p50Memory = millis(inMemory, 0.50);
        double p50Shared = millis(inDatabase, 0.50);
        double p99Memory = millis(inMemory, 0.99);
        double p99Shared = millis(inDatabase, 0.99);
        latencyLines.add(String.format(Locale.ROOT, "shared state latency, %s: p50 %.3f ms in memory, %.3f ms shared"
                                                    + " (+%.3f ms%s); p99 %.3f ms in memory, %.3f ms shared (+%.3f ms)",
                what, p50Memory, p50Shared, p50Shared - p50Memory, p50Shared - p50Memory < 1.0 ? ", under 1 ms"
                        : ", OVER the 1 ms target", p99Memory, p99Shared, p99Shared - p99Memory));
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static void post(HttpClient http, String url, SignedPayloads.Delivery delivery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new BenchmarkFailedException(url + " answered " + status);
        }
    }

    private static HikariDataSource pool(int port) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        config.setUsername("postgres");
        config.setMaximumPoolSize(16);
        config.setConnectionTimeout(1000);
        return new HikariDataSource(config);
    }

    /** A context whose instagram component keeps its state in memory (pool null) or in the database. */
    private static CamelContext context(String baseUrl, HikariDataSource pool) {
        DefaultCamelContext context = new DefaultCamelContext();
        InstagramComponent instagram = new InstagramComponent();
        instagram.setDataSource(pool);
        // no call waits for a messaging turn: the benchmark measures the cost of counting, not the limit
        instagram.setSendRateLimit(1_000_000);
        context.addComponent("instagram", instagram);
        context.start();
        return context;
    }

    /** The calls of one context, with their endpoints resolved once. */
    private static final class Calls {
        private final ProducerTemplate template;
        private final Endpoint getProfile;
        private final Endpoint sendMessage;

        Calls(CamelContext context, String baseUrl) {
            template = context.createProducerTemplate();
            String options = "?accessToken=RAW(" + GraphFixture.ACCESS_TOKEN + ")&accountId=" + GraphFixture.ACCOUNT_ID
                             + "&apiVersion=" + GraphFixture.API_VERSION + "&baseUrl=" + baseUrl;
            getProfile = context.getEndpoint("instagram:getProfile" + options);
            sendMessage = context.getEndpoint("instagram:sendMessage" + options);
        }

        void getProfile() {
            check(template.send(getProfile, exchange -> { }));
        }

        void sendMessage() {
            check(template.send(sendMessage, exchange -> {
                exchange.getIn().setHeader(InstagramConstants.RECIPIENT_ID, "5614879045272581");
                exchange.getIn().setBody("hello");
            }));
        }

        private static void check(Exchange done) {
            if (done.getException() != null) {
                throw new BenchmarkFailedException("A call failed: " + done.getException());
            }
        }
    }
}
