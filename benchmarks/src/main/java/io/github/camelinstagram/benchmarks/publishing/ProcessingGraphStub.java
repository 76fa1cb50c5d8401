package io.github.camelinstagram.benchmarks.publishing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A content-publishing stand-in for graph.instagram.com whose containers take a known time to process: an item
 * container is {@code IN_PROGRESS} until its processing time (looked up by its media URL) has passed since its creation,
 * then {@code FINISHED}; a carousel container is {@code FINISHED} at once and can only be created from finished items;
 * {@code media_publish} answers 9007/2207027 for a container that is not finished and refuses one already published.
 * One event loop, so the counters need no locking beyond their atomics.
 */
final class ProcessingGraphStub implements AutoCloseable {

    private record Container(String id, String mediaUrl, long readyAtNanos, List<String> children,
                             AtomicBoolean published) {

        boolean finished() {
            return System.nanoTime() >= readyAtNanos;
        }
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final String token;
    private final Map<String, Long> processingMillis;
    private final Map<String, Container> containers = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(17_000_000_000L);
    private final AtomicInteger publishes = new AtomicInteger();
    private final AtomicInteger statusReads = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();

    private ProcessingGraphStub(String token, Map<String, Long> processingMillis) {
        this.token = token;
        this.processingMillis = Map.copyOf(processingMillis);
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        this.server = vertx.createHttpServer().requestHandler(this::handle);
    }

    /**
     * Starts the stub on 127.0.0.1 and a free port.
     *
     * @param processingMillis processing time of each media URL the stub accepts
     */
    static ProcessingGraphStub start(String token, Map<String, Long> processingMillis) {
        ProcessingGraphStub stub = new ProcessingGraphStub(token, processingMillis);
        await(stub.server.listen(0, "127.0.0.1"));
        return stub;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    int publishes() {
        return publishes.get();
    }

    int statusReads() {
        return statusReads.get();
    }

    /** Requests answered with an error: wrong token, unknown media, unfinished children, early or repeated publish. */
    int refusals() {
        return refusals.get();
    }

    /** The media URLs of the items of the given carousel container, in the order of its children. */
    List<String> itemUrlsOf(String carousel) {
        Container parent = containers.get(carousel);
        if (parent == null || parent.children() == null) {
            return List.of();
        }
        return parent.children().stream().map(child -> containers.get(child).mediaUrl()).toList();
    }

    private void handle(HttpServerRequest request) {
        if (!("Bearer " + token).equals(request.getHeader("Authorization"))) {
            refuse(request, 400, 190, 0, "Invalid OAuth access token");
            return;
        }
        String[] path = request.path().substring(1).split("/");
        if ("GET".equals(request.method().name()) && path.length == 2) {
            status(request, path[1]);
        } else if ("POST".equals(request.method().name()) && path.length == 3 && "media".equals(path[2])) {
            request.body().onSuccess(body -> create(request, form(body.toString())));
        } else if ("POST".equals(request.method().name()) && path.length == 3 && "media_publish".equals(path[2])) {
            request.body().onSuccess(body -> publish(request, form(body.toString()).get("creation_id")));
        } else {
            refuse(request, 404, 100, 0, "Unknown path " + request.path());
        }
    }

    private void create(HttpServerRequest request, Map<String, String> form) {
        if ("CAROUSEL".equals(form.get("media_type"))) {
            List<String> children = Arrays.asList(form.getOrDefault("children", "").split(","));
            boolean allFinished = children.stream().map(containers::get)
                    .allMatch(child -> child != null && child.finished() && child.children() == null);
            if (children.size() < 2 || children.size() > 10 || !allFinished) {
                refuse(request, 400, 100, 2207028, "children must be 2 to 10 finished item containers");
                return;
            }
            answerCreated(request, new Container(newId(), null, System.nanoTime(), children, new AtomicBoolean()));
            return;
        }
        String url = form.containsKey("image_url") ? form.get("image_url") : form.get("video_url");
        Long processing = url == null ? null : processingMillis.get(url);
        if (processing == null || !"true".equals(form.get("is_carousel_item"))) {
            refuse(request, 400, 9004, 2207052, "The media could not be fetched from this URI: " + url);
            return;
        }
        answerCreated(request, new Container(newId(), url,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(processing), null, new AtomicBoolean()));
    }

    private void answerCreated(HttpServerRequest request, Container container) {
        containers.put(container.id(), container);
        json(request, "{\"id\":\"" + container.id() + "\"}");
    }

    private void status(HttpServerRequest request, String id) {
        statusReads.incrementAndGet();
        Container container = containers.get(id);
        if (container == null) {
            refuse(request, 400, 24, 2207006, "The media was not found");
            return;
        }
        String code = container.published().get() ? "PUBLISHED" : container.finished() ? "FINISHED" : "IN_PROGRESS";
        json(request, "{\"status_code\":\"" + code + "\",\"id\":\"" + id + "\"}");
    }

    private void publish(HttpServerRequest request, String id) {
        Container container = id == null ? null : containers.get(id);
        if (container == null || container.children() == null) {
            refuse(request, 400, 100, 0, "creation_id must be a carousel container");
        } else if (container.published().get()) {
            refuse(request, 400, 100, 0, "The container was already published");
        } else if (!container.finished()) {
            refuse(request, 400, 9007, 2207027, "The media is not ready for publishing, please wait for a moment");
        } else {
            container.published().set(true);
            publishes.incrementAndGet();
            json(request, "{\"id\":\"" + newId() + "\"}");
        }
    }

    private String newId() {
        return Long.toString(nextId.incrementAndGet());
    }

    private void refuse(HttpServerRequest request, int status, int code, int subcode, String message) {
        refusals.incrementAndGet();
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                     + ",\"error_subcode\":" + subcode + ",\"fbtrace_id\":\"BenchPublish\"}}");
    }

    private static void json(HttpServerRequest request, String body) {
        request.response().putHeader("Content-Type", "application/json").end(body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
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
