package io.github.camelinstagram.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * Sends Graph API calls asynchronously with the JDK {@link HttpClient}: {@code Authorization: Bearer} (never a token in
 * a URL), paths under {@code {baseUrl}/{apiVersion}}, error answers turned into typed exceptions, usage headers
 * recorded, calls paced and retried according to the {@link CallPacer} and the {@link RetryPolicy}. Waiting is done on
 * a scheduler, never by blocking a thread. The returned future always completes, on every path.
 */
public final class GraphClient {

    private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);

    private final HttpClient http;
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

    public GraphClient(HttpClient http, ScheduledExecutorService scheduler, CallPacer pacer, RetryPolicy retryPolicy,
                       ObjectMapper mapper, String baseUrl, String apiVersion, Duration requestTimeout,
                       List<String> configuredSecrets, MessagingRateLimiter messagingLimiter, boolean failFast) {
        this.http = http;
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
    }

    /**
     * Sends the request with the given token as a Bearer header (none when the token is null, as on the token endpoints
     * that take it as a parameter), on behalf of the given account (the key of pacing and usage).
     *
     * @return a future completed with the 2xx answer, or failed with an {@code InstagramApiException},
     *         {@link InstagramConnectionException} or {@link IllegalArgumentException}
     */
    public CompletableFuture<GraphResponse> call(GraphRequest request, String token, String account) {
        CompletableFuture<GraphResponse> result = new CompletableFuture<>();
        String version = request.isVersioned() ? versionPath : "";
        String label = request.method() + ' ' + version + request.loggablePathAndQuery();
        List<String> secrets = new ArrayList<>(request.secrets());
        secrets.add(token);
        secrets.addAll(configuredSecrets);
        attempt(new Call(request, label, token, account, SecretRedactor.forSecrets(secrets), result), 0);
        return result;
    }

    private void attempt(Call call, int retriesDone) {
        MessagingQuota quota = call.request.quota();
        if (quota == null || messagingLimiter == null) {
            pace(call, retriesDone);
            return;
        }
        messagingLimiter.acquire(call.account, quota, failFast ? 0 : retryPolicy.maxWaitMillis())
                .whenComplete((granted, limited) -> {
                    if (limited != null) {
                        call.result.completeExceptionally(limited instanceof CompletionException
                                && limited.getCause() != null ? limited.getCause() : limited);
                    } else {
                        pace(call, retriesDone);
                    }
                });
    }

    private void pace(Call call, int retriesDone) {
        long wait = pacer.delayBeforeCall(call.account);
        if (wait > (failFast ? 0 : retryPolicy.maxWaitMillis())) {
            call.result.completeExceptionally(blockedLocally(call, wait));
        } else if (wait > 0) {
            LOG.debug("Holding {} for {} ms: rate limit of account {}", call.label, wait, call.account);
            schedule(() -> send(call, retriesDone), wait, call);
        } else {
            send(call, retriesDone);
        }
    }

    private void send(Call call, int retriesDone) {
        long start = System.nanoTime();
        try {
            http.sendAsync(toHttpRequest(call), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        try {
                            if (failure != null) {
                                onFailure(call, retriesDone, connectionError(call, failure));
                            } else {
                                onAnswer(call, retriesDone, response, start);
                            }
                        } catch (Throwable unexpected) {
                            call.result.completeExceptionally(unexpected);
                        }
                    });
        } catch (RuntimeException e) {
            call.result.completeExceptionally(e);
        }
    }

    private void onAnswer(Call call, int retriesDone, HttpResponse<byte[]> response, long start) {
        UsageReport usage = usageHeaders.read(response.headers());
        pacer.record(call.account, usage);
        int status = response.statusCode();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> HTTP {} in {} ms{}", call.label, status, (System.nanoTime() - start) / 1_000_000,
                    usage.reported() ? ", usage " + usage.percent() + "%" : "");
        }
        if (status >= 200 && status < 300) {
            call.result.complete(new GraphResponse(status, response.body(), usage));
        } else {
            onFailure(call, retriesDone, errorMapper.map(status, response.body(), call.label,
                    usage.regainAfter(), call.redactor));
        }
    }

    private void onFailure(Call call, int retriesDone, Throwable error) {
        long delay = retryPolicy.delayBeforeRetry(error, call.request.isIdempotent(), retriesDone);
        if (delay < 0) {
            call.result.completeExceptionally(error);
            return;
        }
        LOG.debug("Retrying {} in {} ms (retry {}) after: {}", call.label, delay, retriesDone + 1,
                error.getMessage());
        schedule(() -> attempt(call, retriesDone + 1), delay, call);
    }

    private void schedule(Runnable task, long delayMillis, Call call) {
        try {
            scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException rejected) {
            call.result.completeExceptionally(rejected);
        }
    }

    private HttpRequest toHttpRequest(Call call) {
        GraphRequest request = call.request;
        String host = request.host() != null ? withoutTrailingSlash(request.host()) : base;
        String version = request.isVersioned() ? versionPath : "";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(host + version + request.pathAndQuery()))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (call.token != null) {
            builder.header("Authorization", "Bearer " + call.token);
        }
        if (host.startsWith("http://")) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (request.hasJsonBody()) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofByteArray(request.jsonBody());
        } else if (request.hasForm()) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(request.encodedForm());
        }
        return builder.method(request.method(), body).build();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Throwable connectionError(Call call, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof IOException) {
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            return new InstagramConnectionException(
                    call.label + " got no answer: " + call.redactor.redact(reason), cause);
        }
        return cause;
    }

    private static InstagramThrottledException blockedLocally(Call call, long waitMillis) {
        Duration wait = Duration.ofMillis(waitMillis);
        ApiError error = new ApiError(0, 0, 0, "RateLimit",
                "not sent: account " + call.account + " must wait " + wait.toMillis() + " ms for its rate limit,"
                        + " longer than allowed (maxRetryWait, rateLimitFailFast)",
                null, false, call.label);
        return new InstagramThrottledException(error, wait);
    }

    /** One call in flight; {@code label} is its method and path for logs and messages, without any secret. */
    private record Call(GraphRequest request, String label, String token, String account, SecretRedactor redactor,
            CompletableFuture<GraphResponse> result) {
        @Override
        public String toString() {
            return label;
        }
    }
}
