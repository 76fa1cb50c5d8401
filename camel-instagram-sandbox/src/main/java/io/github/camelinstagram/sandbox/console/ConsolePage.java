package io.github.camelinstagram.sandbox.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /sandbox}: the web console, one HTML page with its script, driving the control API. */
public final class ConsolePage implements Handler<RoutingContext> {

    private static final String RESOURCE = "/io/github/camelinstagram/sandbox/console/console.html";

    private final Buffer page;

    public ConsolePage() {
        try (InputStream in = ConsolePage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The console page " + RESOURCE + " is missing from the jar");
            }
            this.page = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the console page " + RESOURCE, e);
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/html; charset=UTF-8").putHeader("Cache-Control", "no-store")
                .end(page);
    }
}
