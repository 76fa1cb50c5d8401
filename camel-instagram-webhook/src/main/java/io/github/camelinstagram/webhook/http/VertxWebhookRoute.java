package io.github.camelinstagram.webhook.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.github.camelinstagram.support.AnswerDeadline;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook path on the Vert.x platform-http engine, served on the event loop: the handshake is answered there,
 * and a delivery's body is read and its signature checked there ({@link VertxBodyReader}), so that requests without
 * valid credentials never hold a worker thread, however slowly they send. Only a verified body goes to a worker, where
 * it is parsed and its events routed; the answer is written back on the request's event loop.
 */
final class VertxWebhookRoute {

    private static final Logger LOG = LoggerFactory.getLogger(VertxWebhookRoute.class);
    /** How much of a refused body is read and dropped so that the client gets to read the answer. */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    private final Vertx vertx;
    private final Router router;
    private final String path;
    private final WebhookParts parts;
    private final VertxBodyReader bodyReader;
    private volatile boolean suspended;
    private Route route;

    VertxWebhookRoute(Vertx vertx, Router router, String path, WebhookParts parts) {
        this.vertx = vertx;
        this.router = router;
        this.path = path;
        this.parts = parts;
        this.bodyReader = new VertxBodyReader(parts.maxBodySize(), parts.readTimeout(), parts.verifier(),
                parts.refusals());
    }

    /** The Vert.x worker pool, where routes run: what platform-http routes run on too. */
    static Executor workers(Vertx vertx) {
        return task -> vertx.executeBlocking(() -> {
            task.run();
            return null;
        }, false).onFailure(failure -> LOG.warn("Routing webhook events failed unexpectedly: {}", failure.toString()));
    }

    void start() {
        route = router.route(path).handler(this::handle);
    }

    void stop() {
        if (route != null) {
            route.remove();
            route = null;
        }
    }

    void suspend() {
        suspended = true;
    }

    void resume() {
        suspended = false;
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        AnswerDeadline deadline = AnswerDeadline.in(parts.answerTimeout());
        if (suspended) {
            write(request, HttpAnswer.serviceUnavailable("Suspended; deliver again"), false);
            return;
        }
        switch (request.method().name()) {
            case "GET" -> write(request, parts.handshake().answer(request.query()), true);
            case "POST" -> bodyReader.read(vertx, request, new VertxBodyReader.Outcome() {
                @Override
                public void read(byte[] body) {
                    route(request, body, deadline);
                }

                @Override
                public void refused(HttpAnswer answer, boolean bodyRead) {
                    write(request, answer, bodyRead);
                }
            });
            default -> write(request, HttpAnswer.methodNotAllowed(), false);
        }
    }

    private void route(HttpServerRequest request, byte[] body, AnswerDeadline deadline) {
        Context context = vertx.getOrCreateContext();
        vertx.<CompletableFuture<HttpAnswer>>executeBlocking(() -> parts.delivery().deliver(body, deadline), false)
                .onComplete(started -> {
                    CompletableFuture<HttpAnswer> answer = started.succeeded() ? started.result()
                            : CompletableFuture.completedFuture(HttpAnswer.serverError());
                    if (started.failed()) {
                        LOG.warn("Webhook request failed unexpectedly: {}", started.cause().toString());
                    }
                    answer.whenComplete((done, failure) -> context.runOnContext(onLoop -> {
                        write(request, failure != null ? HttpAnswer.serverError() : done, true);
                        deadline.answered();
                    }));
                });
    }

    private void write(HttpServerRequest request, HttpAnswer answer, boolean bodyRead) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        parts.metrics().webhookRequest(answer.status());
        try {
            response.setStatusCode(answer.status());
            for (Map.Entry<String, String> header : answer.headers().entrySet()) {
                response.putHeader(header.getKey(), header.getValue());
            }
            if (answer.contentType() != null) {
                response.putHeader("Content-Type", answer.contentType());
            }
            boolean close = (answer.closeConnection() || !bodyRead) && request.version() != HttpVersion.HTTP_2;
            if (close) {
                response.putHeader("Connection", "close");
            }
            response.end(Buffer.buffer(answer.body())).onComplete(written -> {
                if (close) {
                    if (answer.status() == 408) {
                        // the client is too slow to send its body: nothing is gained by waiting for the rest
                        request.connection().close();
                    } else {
                        drainAndClose(request);
                    }
                }
            });
        } catch (IllegalStateException gone) {
            LOG.debug("The answer could not be written: {}", gone.getMessage());
        }
    }

    /** Reads and drops up to {@link #DRAIN_LIMIT} more bytes of a refused body, then closes the connection. */
    private void drainAndClose(HttpServerRequest request) {
        long[] discarded = new long[1];
        long timer = vertx.setTimer(Math.max(1, parts.readTimeout()), id -> request.connection().close());
        try {
            request.exceptionHandler(failure -> request.connection().close());
            request.handler(chunk -> {
                discarded[0] += chunk.length();
                if (discarded[0] > DRAIN_LIMIT) {
                    vertx.cancelTimer(timer);
                    request.connection().close();
                }
            });
            request.endHandler(ended -> {
                vertx.cancelTimer(timer);
                request.connection().close();
            });
            request.resume();
        } catch (IllegalStateException ended) {
            vertx.cancelTimer(timer);
            request.connection().close();
        }
    }
}
