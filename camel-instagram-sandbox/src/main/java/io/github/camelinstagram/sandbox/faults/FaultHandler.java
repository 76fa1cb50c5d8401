package io.github.camelinstagram.sandbox.faults;

import io.github.camelinstagram.sandbox.graph.Authenticator;
import io.github.camelinstagram.sandbox.graph.GraphErrors;
import io.github.camelinstagram.sandbox.graph.GraphPath;
import io.github.camelinstagram.sandbox.graph.GraphResponder;
import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies the {@link FaultInjector}'s decision to every request outside {@code /sandbox}: waits the latency on a
 * timer (never blocking the event loop), then closes the connection, answers the error or throttling, or passes the
 * request on.
 */
public final class FaultHandler implements Handler<RoutingContext> {

    private final Vertx vertx;
    private final FaultInjector injector;
    private final GraphResponder responder;
    private final Sandbox sandbox;

    public FaultHandler(Vertx vertx, FaultInjector injector, GraphResponder responder, Sandbox sandbox) {
        this.vertx = vertx;
        this.injector = injector;
        this.responder = responder;
        this.sandbox = sandbox;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals("/sandbox") || path.startsWith("/sandbox/")) {
            ctx.next();
            return;
        }
        FaultInjector.Decision decision = injector.decide(path, GraphPath.parse(path).unversioned());
        long delay = decision.latency().toMillis();
        if (delay > 0) {
            vertx.setTimer(delay, timer -> apply(ctx, decision.terminal()));
        } else {
            apply(ctx, decision.terminal());
        }
    }

    private void apply(RoutingContext ctx, FaultRule rule) {
        if (rule == null) {
            ctx.next();
            return;
        }
        switch (rule.kind()) {
            case RESET -> ctx.request().connection().close();
            case ERROR -> responder.error(ctx.response(), GraphErrors.transientFailure(rule.httpStatus()),
                    accountOf(ctx), sandbox.now());
            case THROTTLE -> responder.error(ctx.response(), GraphErrors.throttled(rule.code(), rule.regainMinutes()),
                    accountOf(ctx), sandbox.now());
            default -> ctx.next();
        }
    }

    private String accountOf(RoutingContext ctx) {
        Authenticator.Presented presented = Authenticator.presented(ctx.request().getHeader("Authorization"),
                ctx.request().getParam("access_token"));
        return presented == null ? null
                : sandbox.token(presented.value()).map(AccessToken::accountId).orElse(null);
    }
}
