package io.github.camelinstagram.sandbox.graph;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.support.Json;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the Graph API: every request that no other route took. Parses the path (version optional) and the
 * parameters (query, form or JSON body), authenticates the token, counts the call against the usage budgets, runs the
 * {@link GraphDispatcher} under the sandbox lock and writes the answer with the {@link GraphResponder}.
 */
public final class GraphHttpHandler implements Handler<RoutingContext> {

    private final Sandbox sandbox;
    private final Authenticator authenticator;
    private final UsageMeter usage;
    private final GraphDispatcher dispatcher;
    private final GraphResponder responder;

    public GraphHttpHandler(Sandbox sandbox, UsageMeter usage, GraphDispatcher dispatcher, GraphResponder responder) {
        this.sandbox = sandbox;
        this.authenticator = new Authenticator(sandbox);
        this.usage = usage;
        this.dispatcher = dispatcher;
        this.responder = responder;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Instant now = sandbox.now();
        String accountId = null;
        try {
            GraphPath path = GraphPath.parse(ctx.request().path());
            Map<String, String> params = params(ctx.request().params());
            JsonNode json = jsonBody(ctx);
            Authenticator.Presented presented = Authenticator.presented(ctx.request().getHeader("Authorization"),
                    params.get("access_token"));
            AccessToken token = sandbox.atomically(() -> authenticator.authenticate(presented, now));
            Account account = sandbox.account(token.accountId()).orElseThrow(GraphErrors::invalidToken);
            accountId = account.userId();
            usage.count(accountId, now);
            GraphCall call = new GraphCall(ctx.request().method().name(), path.versionPath(), path.segments(), params,
                    json, token, account, now, sandbox.baseUrl(), presented.inQuery());
            Object answer = sandbox.atomically(() -> dispatcher.dispatch(call));
            responder.ok(ctx.response(), answer, accountId, now);
        } catch (GraphException e) {
            responder.error(ctx.response(), e, accountId, now);
        }
    }

    /** The first value of every query and form parameter. */
    static Map<String, String> params(MultiMap multiMap) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : multiMap.names()) {
            params.put(name, multiMap.get(name));
        }
        return params;
    }

    private static JsonNode jsonBody(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json") || ctx.body() == null
            || ctx.body().length() == 0) {
            return null;
        }
        try {
            JsonNode node = Json.parse(ctx.body().asString("UTF-8"));
            if (!node.isObject()) {
                throw GraphErrors.invalidParameter("The JSON body must be an object");
            }
            return node;
        } catch (IllegalArgumentException e) {
            throw GraphErrors.invalidParameter("The body is not valid JSON: " + e.getMessage());
        }
    }
}
