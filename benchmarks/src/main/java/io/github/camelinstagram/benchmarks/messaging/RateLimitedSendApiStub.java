package io.github.camelinstagram.benchmarks.messaging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A Send API stand-in that enforces a rate limit strictly: a message is accepted only when fewer than {@code limit}
 * messages were accepted in the last second (a sliding window, measured when the request arrives); beyond that it
 * answers the Graph throttling error, code 4. One event loop, so the window needs no locking.
 */
final class RateLimitedSendApiStub implements AutoCloseable {

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String THROTTLED = "{\"error\":{\"message\":\"(#4) Application request limit reached\","
                                            + "\"type\":\"OAuthException\",\"code\":4,\"is_transient\":true,"
                                            + "\"fbtrace_id\":\"BenchThrottle\"}}";

    private final Vertx vertx;
    private final HttpServer server;
    private final int limit;
    private final Deque<Long> accepted = new ArrayDeque<>();
    private final AtomicLong acceptedCount = new AtomicLong();
    private final AtomicLong throttledCount = new AtomicLong();
    private volatile long startNanos;
    private volatile long firstThrottledNanos = -1;

    private RateLimitedSendApiStub(int limit) {
        this.limit = limit;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        this.server = vertx.createHttpServer().requestHandler(this::handle);
    }

    /** Starts the stub on 127.0.0.1 and a free port. */
    static RateLimitedSendApiStub start(int limitPerSecond) {
        RateLimitedSendApiStub stub = new RateLimitedSendApiStub(limitPerSecond);
        await(stub.server.listen(0, "127.0.0.1"));
        return stub;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    long accepted() {
        return acceptedCount.get();
    }

    long throttled() {
        return throttledCount.get();
    }

    /** Starts the clock of {@link #firstThrottledMillis()}. */
    void startClock() {
        startNanos = System.nanoTime();
    }

    /** When the first throttled call arrived, in milliseconds after {@link #startClock()}; -1 when none was. */
    long firstThrottledMillis() {
        return firstThrottledNanos < 0 ? -1 : (firstThrottledNanos - startNanos) / 1_000_000;
    }

    private void handle(HttpServerRequest request) {
        if (!"POST".equals(request.method().name()) || !request.path().endsWith("/messages")) {
            request.response().setStatusCode(404).end("{\"error\":{\"message\":\"unknown path\",\"code\":100}}");
            return;
        }
        request.body().onSuccess(body -> {
            long now = System.nanoTime();
            while (!accepted.isEmpty() && now - accepted.peekFirst() >= WINDOW_NANOS) {
                accepted.pollFirst();
            }
            if (accepted.size() >= limit) {
                if (throttledCount.incrementAndGet() == 1) {
                    firstThrottledNanos = now;
                }
                request.response().setStatusCode(400).putHeader("Content-Type", "application/json").end(THROTTLED);
                return;
            }
            accepted.addLast(now);
            long id = acceptedCount.incrementAndGet();
            request.response().putHeader("Content-Type", "application/json")
                    .end("{\"recipient_id\":\"5614879045272581\",\"message_id\":\"mid." + id + "\"}");
        });
    }

    @Override
    public void close() {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the stub", e);
        } catch (Exception e) {
            throw new IllegalStateException("The stub did not start or stop: " + e.getMessage(), e);
        }
    }
}
