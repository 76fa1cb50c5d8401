package io.github.camelinstagram.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@link HttpTransport} on the JDK {@link HttpClient}. The JDK's request timeout ends at the answer's headers; here
 * a timer on the component's scheduler ends the exchange when its whole answer has not arrived within the timeout, so
 * that a body that trickles or stalls cannot hold an exchange (or the component's stop). The blocking
 * {@code HttpClient.send} is used on purpose: on JDK 17, {@code sendAsync} hands every answer to
 * {@code CompletableFuture}'s default pool, which starts a thread per answer on machines with two cores or fewer.
 */
public final class JdkHttpTransport implements HttpTransport {

    /** How much of an error answer is kept: enough for any JSON error, and the start of a proxy's page. */
    public static final int ERROR_EXCERPT_BYTES = 64 * 1024;

    private final HttpClient client;
    private final ScheduledExecutorService timers;
    private final long maxResponseSize;
    private final Set<BoundedBodyHandler> running = ConcurrentHashMap.newKeySet();

    /**
     * @param timers          where the whole-exchange timers run (they only abort, never block)
     * @param maxResponseSize the most bytes a 2xx answer may have
     */
    public JdkHttpTransport(HttpClient client, ScheduledExecutorService timers, long maxResponseSize) {
        this.client = client;
        this.timers = timers;
        this.maxResponseSize = maxResponseSize;
    }

    @Override
    public RawAnswer send(HttpRequest request, Duration timeout) throws IOException, InterruptedException {
        BoundedBodyHandler handler = new BoundedBodyHandler(maxResponseSize, ERROR_EXCERPT_BYTES);
        long millis = Math.max(1, timeout.toMillis());
        ScheduledFuture<?> timer;
        try {
            timer = timers.schedule(() -> handler.abort(BoundedBodyHandler.timedOut(millis)), millis,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            throw new IOException("the Instagram component is stopping", stopped);
        }
        running.add(handler);
        try {
            HttpResponse<BoundedBodyHandler.Body> response = client.send(request, handler);
            BoundedBodyHandler.Body body = response.body();
            return new RawAnswer(response.statusCode(), response.headers(), body.bytes(), body.truncated());
        } finally {
            timer.cancel(false);
            running.remove(handler);
        }
    }

    @Override
    public void abortAll() {
        for (BoundedBodyHandler handler : List.copyOf(running)) {
            handler.abort(new IOException("the Instagram component is stopping"));
        }
    }
}
