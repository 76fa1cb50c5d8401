package io.github.camelinstagram.api;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.error.GraphErrorMapper;
import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.ratelimit.CallPacer;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter.Departure;
import io.github.camelinstagram.ratelimit.RetryPolicy;
import io.github.camelinstagram.ratelimit.UsageHeaders;
import io.github.camelinstagram.ratelimit.UsageReport;
import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.support.Waiter;
import io.github.camelinstagram.transport.AnswerTooLargeException;
import io.github.camelinstagram.transport.HttpTransport;
import io.github.camelinstagram.transport.RawAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Graph API calls: each attempt is admitted by the rate limits ({@link Admission}), written
 * ({@link RequestWriter}), exchanged by the {@link HttpTransport}, and its answer becomes a {@link GraphResponse} or a
 * typed exception, which the {@link RetryPolicy} may retry within the call's {@link WaitBudget}.
 * <p>
 * Threads: the HTTP exchange runs on the component's HTTP executor, so the caller is free at once; with
 * {@code synchronous} it runs on the caller's thread when nothing has to wait. Waits run on the scheduler through the
 * {@link Waiter} and never block a thread. The returned future always completes, on every path.
 */
public final class GraphClient {

    private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);

    private final HttpTransport transport;
    private final RequestWriter writer;
    private final Admission admission;
    private final RetryPolicy retryPolicy;
    private final GraphErrorMapper errorMapper;
    private final UsageHeaders usageHeaders;
    private final Waiter waiter;
    private final ClientOptions options;

    /**
     * @param messagingLimiter the messaging limits, or null to send without them
     */
    public GraphClient(HttpTransport transport, Waiter waiter, CallPacer pacer, MessagingRateLimiter messagingLimiter,
                       RetryPolicy retryPolicy, ObjectMapper mapper, ClientOptions options) {
        this.transport = transport;
        this.waiter = waiter;
        this.retryPolicy = retryPolicy;
        this.options = options;
        this.writer = new RequestWriter(options.baseUrl(), options.apiVersion(), options.requestTimeout());
        this.admission = new Admission(messagingLimiter, pacer, waiter, options.metrics());
        this.errorMapper = new GraphErrorMapper(mapper);
        this.usageHeaders = new UsageHeaders(mapper);
    }

    /** {@link #call(GraphRequest, String, String, AnswerDeadline)} without an answer deadline. */
    public CompletableFuture<GraphResponse> call(GraphRequest request, String token, String account) {
        return call(request, token, account, null);
    }

    /**
     * Sends the request with the given token as a Bearer header (none when the token is null, as on the token endpoints
     * that take it as a parameter), on behalf of the given account (the key of the rate limits).
     *
     * @param  deadline the answer deadline of the exchange, or null: waits for rate limits and retries never go past it
     * @return          a future completed with the 2xx answer, or failed with an {@code InstagramApiException},
     *                  {@link InstagramConnectionException} or {@link IllegalArgumentException}
     */
    public CompletableFuture<GraphResponse> call(GraphRequest request, String token, String account,
                                                 AnswerDeadline deadline) {
        Call call = new Call(request, token, account, WaitBudget.of(options.maxWait(), deadline),
                writer.versionPath(), options.configuredSecrets());
        attempt(call, 0, options.synchronous());
        return call.result;
    }

    /**
     * A future completed on the HTTP executor once the given time has passed, without holding a thread; it fails with
     * {@link InstagramConnectionException} when the endpoint stops first.
     */
    public CompletableFuture<Void> delay(long millis) {
        return waiter.after(millis);
    }

    /** Fails every call still waiting and ends every exchange still running: the endpoint or component is stopping. */
    public void cancelPending() {
        waiter.cancelAll();
        transport.abortAll();
    }

    /** The failure of a call that could not be sent because the component stops. */
    public static InstagramConnectionException stopping() {
        return new InstagramConnectionException("Instagram component or endpoint stopping: a call still waiting (retry,"
                                                + " rate-limit turn, container poll) was not sent", null);
    }

    private void attempt(Call call, int retriesDone, boolean mayRunHere) {
        CompletableFuture<Departure> admitted;
        try {
            admitted = admission.admit(call);
        } catch (RuntimeException e) {
            call.fail(e);
            return;
        }
        if (!admitted.isDone()) {
            // completed on the HTTP executor after a wait
            admitted.whenComplete((departure, failure) -> {
                if (failure != null) {
                    call.fail(unwrap(failure));
                } else {
                    exchange(call, retriesDone, departure);
                }
            });
        } else if (admitted.isCompletedExceptionally()) {
            admitted.whenComplete((departure, failure) -> call.fail(unwrap(failure)));
        } else if (mayRunHere) {
            exchange(call, retriesDone, admitted.join());
        } else if (!waiter.execute(() -> exchange(call, retriesDone, admitted.join()))) {
            admitted.join().arrived();
            call.fail(stopping());
        }
    }

    private void exchange(Call call, int retriesDone, Departure departure) {
        long start = System.nanoTime();
        RawAnswer answer = null;
        Throwable failure = null;
        boolean retryable = false;
        try {
            HttpRequest http = writer.write(call.request, call.token);
            answer = transport.send(http, writer.timeout(call.request));
        } catch (FileNotFoundException unreadable) {
            failure = new IllegalArgumentException(call.label() + " not sent: cannot read the file to upload: "
                                                   + unreadable.getMessage(), unreadable);
        } catch (IOException e) {
            AnswerTooLargeException tooLarge = tooLarge(e);
            if (tooLarge != null) {
                failure = new InstagramApiException(new ApiError(0, 0, 0, null, tooLarge.getMessage(), null, false,
                        call.label()));
            } else {
                failure = connectionError(call, e);
                retryable = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new InstagramConnectionException(call.label() + " interrupted while waiting for the answer", e);
        } catch (RuntimeException unexpected) {
            failure = redacted(call, unexpected);
        } finally {
            departure.arrived();
        }
        try {
            if (answer != null) {
                onAnswer(call, retriesDone, answer, start);
            } else if (retryable) {
                onFailure(call, retriesDone, failure);
            } else {
                call.fail(failure);
            }
        } catch (RuntimeException unexpected) {
            call.fail(redacted(call, unexpected));
        }
    }

    private void onAnswer(Call call, int retriesDone, RawAnswer answer, long start) {
        UsageReport usage = usageHeaders.read(answer.headers());
        admission.record(call.account, usage);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> HTTP {} in {} ms{}", call.label(), answer.status(), (System.nanoTime() - start) / 1_000_000,
                    usage.reported() ? ", usage " + usage.percent() + "%" : "");
        }
        if (answer.isSuccess()) {
            call.result.complete(new GraphResponse(answer.status(), answer.body(), usage, call.redactor()));
        } else {
            onFailure(call, retriesDone, errorMapper.map(answer.status(), answer.body(), call.label(),
                    usage.regainAfter(), call.redactor()));
        }
    }

    private void onFailure(Call call, int retriesDone, Throwable error) {
        if (!call.staleConnectionRetried && call.request.isIdempotent() && isStalePooledConnection(error)) {
            call.staleConnectionRetried = true;
            LOG.debug("Sending {} again at once: the pooled connection was closed by the server", call.label());
            if (!waiter.execute(() -> attempt(call, retriesDone, true))) {
                call.fail(error);
            }
            return;
        }
        long delay = retryPolicy.delayBeforeRetry(error, call.request.isIdempotent(), retriesDone);
        if (delay < 0 || delay > call.budget.remainingMillis()) {
            if (delay >= 0) {
                LOG.debug("Not retrying {}: its retry in {} ms would pass {}", call.label(), delay,
                        call.budget.describe());
            }
            call.fail(error);
            return;
        }
        LOG.debug("Retrying {} in {} ms (retry {}) after: {}", call.label(), delay, retriesDone + 1,
                error.getMessage());
        options.metrics().retry(options.operation());
        waiter.after(delay).whenComplete((waited, stopped) -> {
            if (stopped != null) {
                call.fail(unwrap(stopped));
            } else {
                attempt(call, retriesDone + 1, true);
            }
        });
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

    /** The JDK wraps what a body subscriber failed with into an IOException of its own. */
    private static AnswerTooLargeException tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AnswerTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Throwable connectionError(Call call, IOException cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return new InstagramConnectionException(call.label() + " got no answer: " + call.redactor().redact(reason),
                cause);
    }
}
