package io.github.camelinstagram.jdbc.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * The part of graph.instagram.com that the shared-state tests need, on one Vert.x event loop (so its counts need no
 * locks): the Send API, which accepts at most {@code limit} messages in any one-second window (sliding, measured as
 * requests arrive) and answers the throttling error beyond, for the account {@link #ACCOUNT} (messages of other accounts
 * are accepted and not counted); {@code refresh_access_token}, which hands out
 * {@code refreshed-<n>}; Business Login's code exchange, which ends with the long-lived token {@code logged-in-again};
 * and any other GET, answered with a profile. It records the token each request carried.
 */
public final class GraphStub implements AutoCloseable {

    public static final String ACCOUNT = "17841400000000001";
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Vertx vertx = Vertx.vertx();
    private final int limit;
    private final ArrayDeque<Long> window = new ArrayDeque<>();
    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> everyArrival = Collections.synchronizedList(new ArrayList<>());
    private final List<String> tokens = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private HttpServer server;

    private GraphStub(int limit) {
        this.limit = limit;
    }

    public static GraphStub start(int messagesPerSecond) {
        GraphStub stub = new GraphStub(messagesPerSecond);
        stub.server = await(stub.vertx.createHttpServer().requestHandler(stub::handle).listen(0, "127.0.0.1"));
        return stub;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            String authorization = request.getHeader("Authorization");
            String token = authorization != null ? authorization.substring(authorization.indexOf(' ') + 1)
                    : request.getParam("access_token");
            tokens.add(request.path() + " " + token);
            if ("POST".equals(request.method().name()) && request.path().endsWith("/messages")) {
                send(request);
            } else if (request.path().endsWith("/refresh_access_token")) {
                int n = refreshes.incrementAndGet();
                json(request, 200, "{\"access_token\":\"refreshed-" + n + "\",\"token_type\":\"bearer\","
                                   + "\"expires_in\":5184000}");
            } else if (request.path().endsWith("/oauth/access_token")) {
                json(request, 200, "{\"access_token\":\"short-lived\",\"user_id\":" + ACCOUNT + ","
                                   + "\"permissions\":[\"instagram_business_basic\"]}");
            } else if (request.path().endsWith("/access_token")) {
                json(request, 200, "{\"access_token\":\"logged-in-again\",\"token_type\":\"bearer\","
                                   + "\"expires_in\":5184000}");
            } else if ("GET".equals(request.method().name())) {
                json(request, 200, "{\"id\":\"" + ACCOUNT + "\",\"user_id\":\"" + ACCOUNT + "\","
                                   + "\"username\":\"shared.state\"}");
            } else {
                json(request, 404, "{\"error\":{\"message\":\"Unknown path\",\"type\":\"OAuthException\","
                                   + "\"code\":100}}");
            }
        });
    }

    private void send(HttpServerRequest request) {
        if (!request.path().endsWith("/" + ACCOUNT + "/messages")) {
            // another account's messages: counted in no window (the tests warm up with them)
            json(request, 200, "{\"recipient_id\":\"5614879045272581\",\"message_id\":\"mid.other\"}");
            return;
        }
        long now = System.nanoTime();
        everyArrival.add(now);
        while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
            window.pollFirst();
        }
        if (window.size() >= limit) {
            throttled.incrementAndGet();
            json(request, 400, "{\"error\":{\"message\":\"(#4) Application request limit reached\","
                               + "\"type\":\"OAuthException\",\"code\":4,\"fbtrace_id\":\"StubThrottle\"}}");
            return;
        }
        window.addLast(now);
        arrivals.add(now);
        int id = accepted.incrementAndGet();
        json(request, 200, "{\"recipient_id\":\"5614879045272581\",\"message_id\":\"mid." + id + "\"}");
    }

    private static void json(HttpServerRequest request, int status, String body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }

    public int accepted() {
        return accepted.get();
    }

    public int throttled() {
        return throttled.get();
    }

    public int refreshes() {
        return refreshes.get();
    }

    /** {@code <path> <token>} of every request, in arrival order. */
    public List<String> requests() {
        synchronized (tokens) {
            return List.copyOf(tokens);
        }
    }

    /** Arrivals of the counted account's messages (accepted or throttled) per 100 ms, from the first: for failures. */
    public String arrivalsPerTenthOfASecond() {
        List<Long> times;
        synchronized (everyArrival) {
            times = new ArrayList<>(everyArrival);
        }
        if (times.isEmpty()) {
            return "[]";
        }
        long first = times.get(0);
        int[] counts = new int[(int) ((times.get(times.size() - 1) - first) / 100_000_000L) + 1];
        for (long time : times) {
            counts[(int) ((time - first) / 100_000_000L)]++;
        }
        return java.util.Arrays.toString(counts);
    }

    /** The most messages accepted within any one-second window. */
    public int busiestSecond() {
        List<Long> times;
        synchronized (arrivals) {
            times = new ArrayList<>(arrivals);
        }
        Collections.sort(times);
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= WINDOW_NANOS) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    @Override
    public void close() {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        CompletableFuture<T> done = future.toCompletionStage().toCompletableFuture();
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
