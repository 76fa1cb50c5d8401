package io.github.camelinstagram.benchmarks.webhook;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.benchmarks.Benchmark;
import io.github.camelinstagram.benchmarks.BenchmarkFailedException;
import io.github.camelinstagram.benchmarks.BenchmarkSettings;
import io.github.camelinstagram.benchmarks.Comparison;
import io.github.camelinstagram.benchmarks.ResultRow;
import io.github.camelinstagram.benchmarks.Workload;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Webhook deliveries of 10 signed {@code messages} events through {@code instagram-webhook:} (verify the signature over
 * the raw bytes, parse, one exchange per event with its headers, idempotency, answer) to a no-op route, against a bare
 * {@code platform-http:} route that only answers 200, on the same Vert.x server, with 1 and 16 senders. Target: 0.8 of
 * the bare route's request rate. Then the heap that one delivery of 1,000 events (about 1 MB) holds while its last
 * event is routed, measured after a full GC, against the size of its body.
 */
public final class WebhookThroughputBenchmark implements Benchmark {

    private static final String APP_SECRET = "benchmarkAppSecret0123456789";
    private static final String VERIFY_TOKEN = "benchmarkVerifyToken";
    private static final int[] CONCURRENCY = { 1, 16 };
    private static final int EVENTS_PER_REQUEST = 10;
    private static final int BIG_REQUEST_EVENTS = 1_000;
    private static final double TARGET = 0.8;

    private final AtomicLong routed = new AtomicLong();
    private final AtomicReference<String> heapMeasuredAt = new AtomicReference<>();
    private volatile long heapDuringBigRequest;

    @Override
    public String name() {
        return "webhook throughput (instagram-webhook: vs bare platform-http:)";
    }

    @Override
    public List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        int port = freePort();
        try (CamelContext camel = new DefaultCamelContext()) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            camel.addService(new VertxPlatformHttpServer(server));
            camel.addRoutes(routes());
            camel.start();

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + port;
            SignedPayloads small = new SignedPayloads(APP_SECRET, 60);
            Workload subject = () -> post(http, base + "/instagram/webhook", small.next(EVENTS_PER_REQUEST));
            Workload reference = () -> post(http, base + "/bare", small.next(EVENTS_PER_REQUEST));
            subject.call();
            if (routed.get() != EVENTS_PER_REQUEST) {
                throw new BenchmarkFailedException("The webhook route got " + routed.get() + " events of a first"
                                                   + " delivery of " + EVENTS_PER_REQUEST);
            }

            Comparison comparison = new Comparison(settings);
            List<ResultRow> rows = new ArrayList<>();
            for (int concurrency : CONCURRENCY) {
                rows.add(comparison.measure("webhook 10 events/request", concurrency, reference, subject, TARGET));
            }
            System.out.println(heapOfOneBigRequest(http, base));
            return rows;
        }
    }

    private RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("instagram-webhook:/instagram/webhook?verifyToken=" + VERIFY_TOKEN + "&appSecret=RAW("
                     + APP_SECRET + ")")
                        .routeId("webhook")
                        .process(exchange -> {
                            routed.incrementAndGet();
                            String measureAt = heapMeasuredAt.get();
                            if (measureAt != null && measureAt.equals(exchange.getMessage()
                                    .getHeader(InstagramConstants.EVENT_ID, String.class))) {
                                System.gc();
                                heapDuringBigRequest = usedHeap();
                            }
                        });
                from("platform-http:/bare?httpMethodRestrict=POST").routeId("bare")
                        .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200)).setBody(constant(""));
            }
        };
    }

    /** Posts one delivery; anything but 200 fails the round. */
    private static void post(HttpClient http, String url, SignedPayloads.Delivery delivery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new BenchmarkFailedException(url + " answered " + response.statusCode());
        }
    }

    /**
     * Sends one delivery of 1,000 events with texts long enough to make it about 1 MB, and measures the used heap,
     * after a full GC, while its last event is routed, against the used heap after a full GC before sending. The
     * difference holds the consumer's body and events, and also the client's own copy of the body (same JVM).
     */
    private String heapOfOneBigRequest(HttpClient http, String base) throws Exception {
        SignedPayloads big = new SignedPayloads(APP_SECRET, 800);
        SignedPayloads.Delivery delivery = big.next(BIG_REQUEST_EVENTS);
        heapMeasuredAt.set("mid.bench." + BIG_REQUEST_EVENTS);
        System.gc();
        long before = usedHeap();
        post(http, base + "/instagram/webhook", delivery);
        long extra = heapDuringBigRequest - before;
        double multiple = (double) extra / delivery.body().length;
        return String.format(Locale.ROOT, "webhook heap: one delivery of %d events, body %.2f MB: %.2f MB more heap"
                                          + " held while its last event is routed (%.1f x the body; includes the"
                                          + " sender's own copy of the body, 1 x)",
                BIG_REQUEST_EVENTS, delivery.body().length / 1048576.0, extra / 1048576.0, multiple);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
