package io.github.camelinstagram.benchmarks.producer;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;

/**
 * A local stand-in for graph.instagram.com, on 127.0.0.1 and a free port, served by Vert.x (non-blocking) with one
 * HTTP server per event loop sharing the port, so that the stub is never the bottleneck of a client. The answers are
 * those of {@link StubGraphApi}.
 */
public final class StubGraphServer implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final int port;

    private StubGraphServer(Vertx vertx, int port) {
        this.vertx = vertx;
        this.port = port;
    }

    /** Starts the stub with the given number of event loops (and as many server instances). */
    public static StubGraphServer start(int eventLoops) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        try {
            List<ServerVerticle> servers = new CopyOnWriteArrayList<>();
            await(vertx.deployVerticle(() -> {
                ServerVerticle server = new ServerVerticle();
                servers.add(server);
                return server;
            }, new DeploymentOptions().setInstances(eventLoops)));
            Set<Integer> ports = servers.stream().map(server -> server.actualPort).collect(Collectors.toSet());
            if (ports.size() != 1) {
                throw new IllegalStateException("The stub's servers did not share one port: " + ports);
            }
            return new StubGraphServer(vertx, ports.iterator().next());
        } catch (RuntimeException | Error e) {
            await(vertx.close());
            throw e;
        }
    }

    /** The base URL to give the clients, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return GraphFixture.baseUrl(port);
    }

    /** Stops the servers and the event loops. */
    @Override
    public void close() {
        await(vertx.close());
    }

    /** Waits for a Vert.x operation; its failure, or a timeout, is thrown as an unchecked exception. */
    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the stub", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The stub failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The stub did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * One HTTP server on the verticle's event loop. They all listen on port -1, which in Vert.x means one random free
     * port shared by every server asking for -1 (port 0 would give each server its own port).
     */
    private static final class ServerVerticle extends AbstractVerticle {

        private static final int SHARED_RANDOM_PORT = -1;

        private volatile int actualPort;

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer(new HttpServerOptions().setHost(GraphFixture.HOST).setPort(SHARED_RANDOM_PORT))
                    .requestHandler(new StubGraphApi())
                    .listen()
                    .onSuccess(server -> {
                        actualPort = server.actualPort();
                        started.complete();
                    })
                    .onFailure(started::fail);
        }
    }
}
