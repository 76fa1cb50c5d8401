package io.github.camelinstagram.api;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.error.GraphErrorMapper;
import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.error.SecretRedactor;
import io.github.camelinstagram.ratelimit.CallPacer;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Graph API calls with the JDK {@link HttpClient}: {@code Authorization: Bearer} (never a token in a URL), paths
 * under {@code {baseUrl}/{apiVersion}}, error answers turned into typed exceptions, usage headers recorded, calls paced
 * by the messaging limits and the {@link CallPacer} and retried by the {@link RetryPolicy}.
 * <p>
 * Threads: the HTTP exchange runs on the component's HTTP executor, so the caller is free at once; with
 * {@code synchronous} it runs on the caller's thread when nothing has to wait. Waits (limits, pacing, retries) run on
 * the scheduler and never block a thread; what follows a wait always goes back to the HTTP executor. The blocking
 * {@code HttpClient.send} is used on purpose: on JDK 17, {@code sendAsync} hands every answer to
 * {@code CompletableFuture}'s default pool, which starts a new thread per call on machines with two cores or fewer.
 * The returned future always completes, on every path.
 */
public final class GraphClient {

    private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);

    private final HttpClient http;
    private final Executor httpExecutor;
    private final ScheduledExecutorService scheduler;
    private final CallPacer pacer;
    private final RetryPolicy retryPolicy;
    private final GraphErrorMapper errorMapper;
    private final UsageHeaders usageHeaders;
    private final String base;
    private final String versionPath;
    private final Duration requestTimeout;
    private final List<String> configuredSecrets;
    private final MessagingRateLimiter messagingLimiter;
    private final boolean failFast;
    private final boolean synchronous;
    private final Set<CompletableFuture<Void>> pendingDelays = ConcurrentHashMap.newKeySet();
    /** Calls waiting on the scheduler or for a permit: failed by {@link #cancelPending()}. */
    private final Set<Call> waiting = ConcurrentHashMap.newKeySet();

    /**
     * @param messagingLimiter  the messaging limits, or null to send without them
     * @param failFast          fail at once instead of waiting for a rate-limit turn
     * @param synchronous       run the HTTP exchange on the caller's thread when nothing has to wait
     * @param configuredSecrets secrets of the options (app secret, configured token), masked in every message
     */
    public GraphClient(HttpClient http, Executor httpExecutor, ScheduledExecutorService scheduler, CallPacer pacer,
                       RetryPolicy retryPolicy, ObjectMapper mapper, String baseUrl, String apiVersion,
                       Duration requestTimeout, List<String> configuredSecrets, MessagingRateLimiter messagingLimiter,
                       boolean failFast, boolean synchronous) {
        this.http = http;
        this.httpExecutor = httpExecutor;
        this.scheduler = scheduler;
        this.pacer = pacer;
        this.retryPolicy = retryPolicy;
        this.errorMapper = new GraphErrorMapper(mapper);
        this.usageHeaders = new UsageHeaders(mapper);
        this.base = withoutTrailingSlash(baseUrl);
        this.versionPath = apiVersion == null || apiVersion.isBlank() ? "" : '/' + apiVersion;
        this.requestTimeout = requestTimeout;
        this.configuredSecrets = configuredSecrets.stream().filter(Objects::nonNull).toList();
        this.messagingLimiter = messagingLimiter;
        this.failFast = failFast;
        this.synchronous = synchronous;
    }

    /**
     * Sends the request with the given token as a Bearer header (none when the token is null, as on the token endpoints
     * that take it as a parameter), on behalf of the given account (the key of pacing and usage).
     *
     * @return a future completed with the 2xx answer, or failed with an {@code InstagramApiException},
     *         {@link InstagramConnectionException} or {@link IllegalArgumentException}
     */
    public CompletableFuture<GraphResponse> call(GraphRequest request, String token, String account) {
        Call call = new Call(request, token, account);
        attempt(call, 0, synchronous);
        return call.result;
    }

    /**
     * A future completed once the given time has passed, on the HTTP executor (never on the scheduler's only thread,
     * so that what follows may send a call even with {@code synchronous}). Waits without blocking any thread; a wait
     * still pending when the endpoint stops fails with {@link InstagramConnectionException}, so that no exchange is
     * left waiting for ever.
     */
    public CompletableFuture<Void> delay(long millis) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pendingDelays.add(done);
        done.whenComplete((ignored, failure) -> pendingDelays.remove(done));
        Runnable resume = () -> {
            try {
                httpExecutor.execute(() -> done.complete(null));
            } catch (RejectedExecutionException stopped) {
                done.completeExceptionally(stopping(stopped));
            }
        };
        try {
            scheduler.schedule(resume, Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            done.completeExceptionally(stopping(stopped));
        }
        return done;
    }

    /**
     * Fails every call and {@link #delay(long)} still waiting (for a retry, pacing, a rate-limit permit or a departure):
     * the endpoint or component is stopping, and a waiting task of a stopped scheduler never runs.
     */
    public void cancelPending() {
        for (CompletableFuture<Void> pending : List.copyOf(pendingDelays)) {
            pending.completeExceptionally(stopping(null));
        }
        for (Call call : List.copyOf(waiting)) {
            if (waiting.remove(call)) {
                call.result.completeExceptionally(stopping(null));
            }
        }
    }

    private static InstagramConnectionException stopping(Throwable cause) {
        return new InstagramConnectionException("Instagram component or endpoint stopping: a call still waiting (retry,"
                                                + " rate-limit turn, container poll) was not sent", cause);
    }

    private void attempt(Call call, int retriesDone, boolean onCallerThread) {
        MessagingQuota quota = call.request.quota();
        if (quota == null || messagingLimiter == null) {
            pace(call, retriesDone, onCallerThread);
            return;
        }
        CompletableFuture<Void> permit;
        try {
            permit = messagingLimiter.acquire(call.account, quota, failFast ? 0 : retryPolicy.maxWaitMillis());
        } catch (RuntimeException e) {
            call.result.completeExceptionally(e);
            return;
        }
        boolean grantedAtOnce = permit.isDone();
        if (!grantedAtOnce) {
            waiting.add(call);
        }
        permit.whenComplete((granted, limited) -> {
            if (!grantedAtOnce && !waiting.remove(call)) {
                return;
            }
            Runnable next = () -> {
                if (limited != null) {
                    call.result.completeExceptionally(unwrap(limited));
                } else {
                    pace(call, retriesDone, onCallerThread && grantedAtOnce);
                }
            };
            if (grantedAtOnce) {
                guard(call, next);
            } else {
                onHttpThread(call, next);
            }
        });
    }

    private void pace(Call call, int retriesDone, boolean onCallerThread) {
        long wait = pacer.delayBeforeCall(call.account);
        if (wait > (failFast ? 0 : retryPolicy.maxWaitMillis())) {
            call.result.completeExceptionally(blockedLocally(call, wait));
        } else if (wait > 0) {
            LOG.debug("Holding {} for {} ms: rate limit of account {}", call.label(), wait, call.account);
            schedule(() -> dispatch(call, retriesDone, true), wait, call);
        } else {
            dispatch(call, retriesDone, onCallerThread);
        }
    }

    /**
     * Runs the HTTP exchange here when allowed (the caller's thread with {@code synchronous}, or an HTTP thread after a
     * wait), else on the HTTP executor.
     */
    private void dispatch(Call call, int retriesDone, boolean onCallerThread) {
        if (onCallerThread) {
            exchange(call, retriesDone);
        } else {
            onHttpThread(call, () -> exchange(call, retriesDone));
        }
    }

    private void exchange(Call call, int retriesDone) {
        MessagingQuota quota = call.request.quota();
        MessagingRateLimiter.Departure departure = null;
        if (quota != null && messagingLimiter != null) {
            departure = messagingLimiter.depart(call.account, quota);
            if (departure.waitMillis() > 0) {
                schedule(() -> dispatch(call, retriesDone, true), departure.waitMillis(), call);
                return;
            }
        }
        try {
            HttpRequest httpRequest;
            try {
                httpRequest = toHttpRequest(call);
            } catch (FileNotFoundException unreadable) {
                call.result.completeExceptionally(new IllegalArgumentException(call.label() + " not sent: cannot read"
                                                                               + " the file to upload: "
                                                                               + unreadable.getMessage(), unreadable));
                return;
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                arrived(departure);
                departure = null;
                onFailure(call, retriesDone, connectionError(call, e));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                call.result.completeExceptionally(new InstagramConnectionException(call.label()
                                                                                   + " interrupted while waiting for"
                                                                                   + " the answer", e));
                return;
            }
            arrived(departure);
            departure = null;
            onAnswer(call, retriesDone, response, start);
        } catch (Throwable unexpected) {
            call.result.completeExceptionally(redacted(call, unexpected));
        } finally {
            arrived(departure);
        }
    }

    /**
     * An unexpected failure whose message may quote a secret (the JDK quotes a header value it refuses, URI.create the
     * URL it cannot parse): its message goes through the call's redactor, its stack trace is kept.
     */
    private static Throwable redacted(Call call, Throwable unexpected) {
        String message = unexpected.getMessage();
        String clean = call.redactor().redact(message);
        if (message == null || message.equals(clean)) {
            return unexpected;
        }
        IllegalArgumentException replacement = new IllegalArgumentException(call.label() + " not sent: " + clean);
        replacement.setStackTrace(unexpected.getStackTrace());
        return replacement;
    }

    /** Runs the task, completing the call exceptionally when it throws. */
    private static void guard(Call call, Runnable task) {
        try {
            task.run();
        } catch (Throwable unexpected) {
            call.result.completeExceptionally(unexpected);
        }
    }

    /** Runs the task on the HTTP threads: nothing but waiting ever runs on the single scheduler thread. */
    private void onHttpThread(Call call, Runnable task) {
        try {
            httpExecutor.execute(() -> guard(call, task));
        } catch (RejectedExecutionException stopped) {
            call.result.completeExceptionally(stopping(stopped));
        }
    }

    private static void arrived(MessagingRateLimiter.Departure departure) {
        if (departure != null) {
            departure.arrived();
        }
    }

    private void onAnswer(Call call, int retriesDone, HttpResponse<byte[]> response, long start) {
        UsageReport usage = usageHeaders.read(response.headers());
        pacer.record(call.account, usage);
        int status = response.statusCode();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> HTTP {} in {} ms{}", call.label(), status, (System.nanoTime() - start) / 1_000_000,
                    usage.reported() ? ", usage " + usage.percent() + "%" : "");
        }
        if (status >= 200 && status < 300) {
            call.result.complete(new GraphResponse(status, response.body(), usage));
        } else {
            onFailure(call, retriesDone, errorMapper.map(status, response.body(), call.label(), usage.regainAfter(),
                    call.redactor()));
        }
    }

    private void onFailure(Call call, int retriesDone, Throwable error) {
        if (!call.staleConnectionRetried && call.request.isIdempotent() && isStalePooledConnection(error)) {
            call.staleConnectionRetried = true;
            LOG.debug("Sending {} again at once: the pooled connection was closed by the server", call.label());
            dispatch(call, retriesDone, false);
            return;
        }
        long delay = retryPolicy.delayBeforeRetry(error, call.request.isIdempotent(), retriesDone);
        if (delay < 0) {
            call.result.completeExceptionally(error);
            return;
        }
        LOG.debug("Retrying {} in {} ms (retry {}) after: {}", call.label(), delay, retriesDone + 1,
                error.getMessage());
        schedule(() -> attempt(call, retriesDone + 1, true), delay, call);
    }

    /**
     * JDK 17's HTTP/1.1 pool can hand out a connection the server has just closed; the request then fails with "header
     * parser received no bytes" before the server saw it (JDK-8338569). Sending an idempotent request once more at
     * once is safe; other requests are not repeated.
     */
    private static boolean isStalePooledConnection(Throwable error) {
        return error instanceof InstagramConnectionException && error.getCause() != null
               && String.valueOf(error.getCause().getMessage()).contains("received no bytes");
    }

    private void schedule(Runnable task, long delayMillis, Call call) {
        waiting.add(call);
        try {
            scheduler.schedule(() -> {
                if (waiting.remove(call)) {
                    onHttpThread(call, task);
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException rejected) {
            waiting.remove(call);
            call.result.completeExceptionally(stopping(rejected));
        }
    }

    private HttpRequest toHttpRequest(Call call) throws FileNotFoundException {
        GraphRequest request = call.request;
        String host = request.host() != null ? withoutTrailingSlash(request.host()) : base;
        String version = request.isVersioned() ? versionPath : "";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(host + version + request.pathAndQuery()))
                .timeout(request.timeout() != null ? request.timeout() : requestTimeout)
                .header("Accept", "application/json");
        if (call.token != null) {
            builder.header("Authorization", request.authorizationScheme() + ' ' + call.token);
        }
        request.headers().forEach(builder::header);
        if (host.startsWith("http://")) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (request.hasJsonBody()) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofByteArray(request.jsonBody());
        } else if (request.hasBinaryBody()) {
            builder.header("Content-Type", "application/octet-stream");
            body = request.fileBody() != null ? HttpRequest.BodyPublishers.ofFile(request.fileBody())
                    : HttpRequest.BodyPublishers.ofByteArray(request.binaryBody());
        } else if (request.hasForm()) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(request.encodedForm());
        }
        return builder.method(request.method(), body).build();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static Throwable connectionError(Call call, IOException cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return new InstagramConnectionException(call.label() + " got no answer: " + call.redactor().redact(reason),
                cause);
    }

    private static InstagramThrottledException blockedLocally(Call call, long waitMillis) {
        Duration wait = Duration.ofMillis(waitMillis);
        ApiError error = new ApiError(0, 0, 0, "RateLimit",
                "not sent: account " + call.account + " must wait " + wait.toMillis() + " ms for its rate limit,"
                        + " longer than allowed (maxRetryWait, rateLimitFailFast)",
                null, false, call.label());
        return new InstagramThrottledException(error, wait);
    }

    /** One call in flight. Its label (method and path, without any secret) and redactor are made only when needed. */
    private final class Call {
        final GraphRequest request;
        final String token;
        final String account;
        final CompletableFuture<GraphResponse> result = new CompletableFuture<>();
        volatile boolean staleConnectionRetried;
        private String label;
        private SecretRedactor redactor;

        Call(GraphRequest request, String token, String account) {
            this.request = request;
            this.token = token;
            this.account = account;
        }

        String label() {
            if (label == null) {
                label = request.method() + ' ' + (request.isVersioned() ? versionPath : "")
                        + request.loggablePathAndQuery();
            }
            return label;
        }

        SecretRedactor redactor() {
            if (redactor == null) {
                List<String> secrets = new ArrayList<>(request.secrets());
                secrets.add(token);
                secrets.addAll(configuredSecrets);
                redactor = SecretRedactor.forSecrets(secrets);
            }
            return redactor;
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
