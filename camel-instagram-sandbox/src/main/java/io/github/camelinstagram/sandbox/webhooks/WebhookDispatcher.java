package io.github.camelinstagram.sandbox.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.github.camelinstagram.sandbox.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the app's callback like Meta: events within the batch window go in one request
 * {@code {"object":"instagram","entry":[...]}} (one entry per account and shape: {@code changes} with the time in
 * seconds, {@code messaging} with the time in milliseconds), written with non-ASCII escaped and signed over the exact
 * bytes with the app secret ({@code X-Hub-Signature-256}, and the legacy {@code X-Hub-Signature}). A request not
 * answered with 2xx (or not answered at all) is sent again, byte for byte, after each wait of the retry schedule, then
 * dropped. Events are not sent when no callback is configured, the app does not subscribe to the field, or the account
 * did not subscribe the app to it; the delivery log says so. Every attempt goes in the {@link DeliveryLog}.
 */
public final class WebhookDispatcher implements EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int RESPONSE_EXCERPT = 500;

    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final DeliveryLog log;
    private final Supplier<String> appSecret;
    private final WebhookOptions options;
    private final AtomicLong deliveryIds = new AtomicLong();
    private final List<WebhookEvent> pending = new ArrayList<>();
    private volatile WebhookCallback callback;
    private boolean flushScheduled;
    private volatile long generation;

    /**
     * @param appSecret the current app secret (read at each delivery)
     */
    public WebhookDispatcher(HttpClient http, ScheduledExecutorService scheduler, DeliveryLog log,
                             Supplier<String> appSecret, WebhookOptions options) {
        this.http = http;
        this.scheduler = scheduler;
        this.log = log;
        this.appSecret = appSecret;
        this.options = options;
    }

    /** The callback events go to from now on (already verified), or null to stop delivering. */
    public void setCallback(WebhookCallback callback) {
        this.callback = callback;
    }

    public WebhookCallback callback() {
        return callback;
    }

    public WebhookOptions options() {
        return options;
    }

    /** Forgets the callback and pending events; retries already scheduled are abandoned. */
    public void reset() {
        synchronized (pending) {
            pending.clear();
            callback = null;
            generation++;
        }
    }

    @Override
    public void publish(WebhookEvent event) {
        WebhookCallback target = callback;
        String reason = null;
        if (!event.accountSubscribed()) {
            reason = "account " + event.accountId() + " has not subscribed the app to the field " + event.field()
                     + " (POST /me/subscribed_apps)";
        } else if (target == null) {
            reason = "no webhook callback URL is configured";
        } else if (!target.fields().contains(event.field())) {
            reason = "the app is not subscribed to the field " + event.field();
        }
        if (reason != null) {
            log.add(null, 0, target == null ? null : target.url(), 1, List.of(event.field()),
                    DeliveryAttempt.Outcome.SKIPPED, null, reason, null, 0, null,
                    new String(Json.metaBytes(envelope(List.of(event))), StandardCharsets.US_ASCII));
            return;
        }
        synchronized (pending) {
            pending.add(event);
            if (!flushScheduled) {
                flushScheduled = true;
                long runGeneration = generation;
                scheduler.schedule(() -> flush(runGeneration), options.batchWindow().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private void flush(long runGeneration) {
        List<WebhookEvent> batch;
        WebhookCallback target = callback;
        synchronized (pending) {
            if (runGeneration != generation) {
                return;
            }
            int size = Math.min(pending.size(), options.maxBatchSize());
            batch = new ArrayList<>(pending.subList(0, size));
            pending.subList(0, size).clear();
            flushScheduled = !pending.isEmpty();
            if (flushScheduled) {
                scheduler.execute(() -> flush(runGeneration));
            }
        }
        if (batch.isEmpty() || target == null) {
            return;
        }
        byte[] body = Json.metaBytes(envelope(batch));
        Set<String> fields = new LinkedHashSet<>();
        batch.forEach(e -> fields.add(e.field()));
        Delivery delivery = new Delivery("delivery-" + deliveryIds.incrementAndGet(), target.url(), body,
                batch.size(), List.copyOf(fields), runGeneration);
        attempt(delivery, 1);
    }

    private void attempt(Delivery delivery, int attempt) {
        if (delivery.generation() != generation) {
            return;
        }
        String secret = appSecret.get();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(options.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "facebookexternalua")
                    .header("X-Hub-Signature-256", WebhookSigner.sha256(secret, delivery.body()))
                    .header("X-Hub-Signature", WebhookSigner.sha1(secret, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build();
        } catch (IllegalArgumentException e) {
            record(delivery, attempt, null, "invalid callback URL: " + e.getMessage(), null, 0);
            return;
        }
        long start = System.nanoTime();
        try {
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    record(delivery, attempt, null, cause.getClass().getSimpleName()
                                                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                            null, millis);
                } else {
                    record(delivery, attempt, response.statusCode(), null, excerpt(response.body()), millis);
                }
            });
        } catch (RuntimeException e) {
            record(delivery, attempt, null, e.toString(), null, 0);
        }
    }

    private void record(Delivery delivery, int attempt, Integer status, String error, String response,
                        long millis) {
        String payload = new String(delivery.body(), StandardCharsets.US_ASCII);
        if (status != null && status >= 200 && status < 300) {
            log.add(delivery.id(), attempt, delivery.url(), delivery.eventCount(), delivery.fields(),
                    DeliveryAttempt.Outcome.DELIVERED, status, null, response, millis, null, payload);
            return;
        }
        String reason = error != null ? error : "HTTP " + status;
        List<Duration> schedule = options.retrySchedule();
        if (attempt > schedule.size()) {
            LOG.warn("Dropped webhook {} to {} after {} attempts: {}", delivery.id(), delivery.url(), attempt,
                    reason);
            log.add(delivery.id(), attempt, delivery.url(), delivery.eventCount(), delivery.fields(),
                    DeliveryAttempt.Outcome.DROPPED, status, reason, response, millis, null, payload);
            return;
        }
        Duration wait = schedule.get(attempt - 1);
        log.add(delivery.id(), attempt, delivery.url(), delivery.eventCount(), delivery.fields(),
                DeliveryAttempt.Outcome.FAILED, status, reason, response, millis, wait.toMillis(), payload);
        try {
            scheduler.schedule(() -> attempt(delivery, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException stopped) {
            LOG.debug("Webhook retry of {} not scheduled: the sandbox is stopping", delivery.id());
        }
    }

    /** The body Meta sends for these events. */
    static Map<String, Object> envelope(List<WebhookEvent> events) {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        for (WebhookEvent event : events) {
            String key = event.accountId() + "/" + event.kind();
            Map<String, Object> entry = entries.computeIfAbsent(key, k -> {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("id", event.accountId());
                created.put("time", 0L);
                created.put(event.kind() == WebhookEvent.Kind.CHANGE ? "changes" : "messaging", new ArrayList<>());
                return created;
            });
            long time = event.kind() == WebhookEvent.Kind.CHANGE ? event.time().getEpochSecond()
                    : event.time().toEpochMilli();
            entry.put("time", Math.max((Long) entry.get("time"), time));
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) entry.get(event.kind() == WebhookEvent.Kind.CHANGE ? "changes"
                    : "messaging");
            if (event.kind() == WebhookEvent.Kind.CHANGE) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("field", event.field());
                change.put("value", event.body());
                items.add(change);
            } else {
                items.add(event.body());
            }
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("object", "instagram");
        envelope.put("entry", new ArrayList<>(entries.values()));
        return envelope;
    }

    private static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        return body.length() > RESPONSE_EXCERPT ? body.substring(0, RESPONSE_EXCERPT) + "..." : body;
    }

    /** One request: its exact bytes, sent on every attempt. */
    private record Delivery(String id, String url, byte[] body, int eventCount, List<String> fields,
                            long generation) {
    }
}
