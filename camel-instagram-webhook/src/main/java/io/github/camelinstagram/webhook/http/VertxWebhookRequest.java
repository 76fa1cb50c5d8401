package io.github.camelinstagram.webhook.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request served by the Vert.x platform-http engine with {@code useBodyHandler=false}: the engine hands over the
 * paused {@link HttpServerRequest}, and the body is read here, chunk by chunk as the network delivers it, straight
 * into one array. Reading stops (the request is paused again) at the first chunk past the limit, so an oversized body
 * is never buffered; the answer then closes the connection once at most {@link #DRAIN_LIMIT} further bytes have been
 * discarded (or the read timeout has passed again), so that the client still gets to read it. A body that does not
 * arrive in time is answered 408 and its connection closed at once.
 */
final class VertxWebhookRequest implements WebhookRequest {

    private static final Logger LOG = LoggerFactory.getLogger(VertxWebhookRequest.class);
    private static final long DRAIN_LIMIT = 1024 * 1024;

    private static final long DEFAULT_DRAIN_TIME = 30_000;

    private final HttpServerRequest request;
    private volatile boolean bodyConsumed;
    private volatile long drainTime = DEFAULT_DRAIN_TIME;

    VertxWebhookRequest(HttpServerRequest request) {
        this.request = request;
    }

    @Override
    public String method() {
        return request.method().name();
    }

    @Override
    public String rawQuery() {
        return request.query();
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public byte[] readBody(long maxBytes, long timeoutMillis) throws BodyReadException {
        drainTime = timeoutMillis;
        long declared = BoundedBody.declaredLength(request.getHeader("Content-Length"));
        if (declared > maxBytes) {
            throw new BodyReadException(BodyReadException.Reason.TOO_LARGE, "Content-Length exceeds maxBodySize");
        }
        BoundedBody body = new BoundedBody(declared, maxBytes);
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            if (request.version() != HttpVersion.HTTP_1_0 && "100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
                request.response().writeContinue();
            }
            request.exceptionHandler(done::completeExceptionally);
            request.handler(chunk -> append(body, chunk, done));
            request.endHandler(v -> {
                bodyConsumed = true;
                done.complete(null);
            });
            request.resume();
        } catch (IllegalStateException e) {
            throw new BodyReadException(BodyReadException.Reason.FAILED, "the request body was already read", e);
        }
        try {
            done.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.pause();
            throw new BodyReadException(BodyReadException.Reason.TIMEOUT, "the body did not arrive in time");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BodyReadException refused) {
                throw refused;
            }
            throw new BodyReadException(BodyReadException.Reason.FAILED, "the request body could not be read",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BodyReadException(BodyReadException.Reason.FAILED, "interrupted while reading the body", e);
        }
        return body.toByteArray();
    }

    private void append(BoundedBody body, Buffer chunk, CompletableFuture<Void> done) {
        if (done.isDone()) {
            return;
        }
        int length = chunk.length();
        if (!body.reserve(length)) {
            request.pause();
            done.completeExceptionally(
                    new BodyReadException(BodyReadException.Reason.TOO_LARGE, "the body exceeds maxBodySize"));
            return;
        }
        chunk.getBytes(0, length, body.array(), body.size());
        body.advance(length);
    }

    @Override
    public void answer(Exchange exchange, HttpAnswer answer) {
        HttpServerResponse response = request.response();
        if (answer.closeConnection()) {
            // written here, so that the connection can be drained or closed once the answer is out; the engine sees
            // an ended response and writes nothing more
            MessageAnswers.apply(exchange, answer, false);
            writeAndClose(response, answer);
            return;
        }
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        MessageAnswers.apply(exchange, answer, false);
        if (!bodyConsumed) {
            discardRest(false);
        }
    }

    private void writeAndClose(HttpServerResponse response, HttpAnswer answer) {
        try {
            response.setStatusCode(answer.status());
            for (Map.Entry<String, String> header : answer.headers().entrySet()) {
                response.putHeader(header.getKey(), header.getValue());
            }
            if (answer.contentType() != null) {
                response.putHeader("Content-Type", answer.contentType());
            }
            boolean http1 = request.version() != HttpVersion.HTTP_2;
            if (http1) {
                response.putHeader("Connection", "close");
            }
            boolean timedOut = answer.status() == 408;
            response.end(Buffer.buffer(answer.body())).onComplete(written -> {
                if (timedOut) {
                    // the client is too slow to send its body: nothing is gained by waiting for the rest
                    request.connection().close();
                } else {
                    discardRest(http1);
                    closeLater();
                }
            });
        } catch (IllegalStateException e) {
            LOG.debug("The answer could not be written: {}", e.getMessage());
            request.connection().close();
        }
    }

    /** Closes the connection if the client is still sending a refused body once the read timeout has passed. */
    private void closeLater() {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.owner().setTimer(Math.max(1, drainTime), id -> {
                if (!request.isEnded()) {
                    request.connection().close();
                }
            });
        }
    }

    /**
     * Reads and drops what is left of the body, up to {@link #DRAIN_LIMIT} bytes, then closes the connection; nothing
     * is kept.
     */
    private void discardRest(boolean closeAtEnd) {
        long[] discarded = new long[1];
        try {
            request.exceptionHandler(e -> LOG.trace("Connection failed while discarding a request body", e));
            request.handler(chunk -> {
                discarded[0] += chunk.length();
                if (discarded[0] > DRAIN_LIMIT) {
                    request.pause();
                    request.connection().close();
                }
            });
            request.endHandler(v -> {
                if (closeAtEnd) {
                    request.connection().close();
                }
            });
            request.resume();
        } catch (IllegalStateException e) {
            // the request has already been read to its end
            if (closeAtEnd) {
                request.connection().close();
            }
        }
    }
}
