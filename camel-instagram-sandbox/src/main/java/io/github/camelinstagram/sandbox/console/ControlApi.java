package io.github.camelinstagram.sandbox.console;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.faults.FaultInjector;
import io.github.camelinstagram.sandbox.faults.FaultRule;
import io.github.camelinstagram.sandbox.graph.GraphErrors;
import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.state.TokenKind;
import io.github.camelinstagram.sandbox.support.Json;
import io.github.camelinstagram.sandbox.support.Ordered;
import io.github.camelinstagram.sandbox.webhooks.DeliveryAttempt;
import io.github.camelinstagram.sandbox.webhooks.DeliveryLog;
import io.github.camelinstagram.sandbox.webhooks.WebhookCallback;
import io.github.camelinstagram.sandbox.webhooks.WebhookConfigurator;
import io.github.camelinstagram.sandbox.webhooks.WebhookFields;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The control API under {@code /sandbox/api} (JSON in, JSON out; errors {@code {"error":"..."}} with 400, 404 or
 * 409). It shows the state as the API sees it, acts as followers, configures the webhook callback, moves the clock,
 * injects faults, reads the delivery log and resets everything. The routes are listed in {@link #mount(Router)}.
 */
public final class ControlApi {

    /**
     * What the control API drives.
     *
     * @param sandbox    the state
     * @param faults     the fault injector
     * @param deliveries the webhook delivery log
     * @param webhooks   the webhook callback configuration
     * @param reset      puts the whole sandbox back to its seed
     * @param info       base URL, console URL, app id, primary account and token
     */
    public record Services(Sandbox sandbox, FaultInjector faults, DeliveryLog deliveries,
                           WebhookConfigurator webhooks, Runnable reset, Supplier<Map<String, Object>> info) {
    }

    private static final String API = "/sandbox/api";

    private final Vertx vertx;
    private final Services services;
    private final Sandbox sandbox;
    private final ControlViews views;
    private final FollowerSimulator followers;

    public ControlApi(Vertx vertx, Services services) {
        this.vertx = vertx;
        this.services = services;
        this.sandbox = services.sandbox();
        this.views = new ControlViews(sandbox);
        this.followers = new FollowerSimulator(sandbox);
    }

    /** Adds the routes. */
    public void mount(Router router) {
        router.get(API + "/info").handler(json(ctx -> services.info().get()));
        router.get(API + "/app").handler(json(ctx -> app()));
        router.put(API + "/app/redirect-uris").handler(json(this::setRedirectUris));
        router.get(API + "/accounts").handler(json(ctx -> sandbox.atomically(views::accounts)));
        router.get(API + "/followers").handler(json(ctx -> sandbox.atomically(views::followers)));
        router.get(API + "/accounts/:id/media").handler(json(ctx -> sandbox.atomically(
                () -> views.media(account(ctx)))));
        router.get(API + "/accounts/:id/conversations").handler(json(ctx -> sandbox.atomically(
                () -> views.conversations(account(ctx)))));
        router.put(API + "/accounts/:id/subscription").handler(json(this::subscribe));
        simulate(router, "comment", followers::comment);
        simulate(router, "mention", followers::mention);
        simulate(router, "message", followers::message);
        simulate(router, "reaction", followers::reaction);
        simulate(router, "read", followers::read);
        simulate(router, "postback", followers::postback);
        simulate(router, "referral", followers::referral);
        simulate(router, "edit", followers::edit);
        router.post(API + "/tokens").handler(json(this::issueToken));
        router.post(API + "/tokens/invalidate").handler(json(this::invalidateToken));
        router.get(API + "/webhook").handler(json(ctx -> webhook(services.webhooks().current())));
        router.put(API + "/webhook").handler(this::configureWebhook);
        router.delete(API + "/webhook").handler(json(ctx -> {
            services.webhooks().remove();
            return webhook(null);
        }));
        router.get(API + "/deliveries").handler(json(this::deliveries));
        router.delete(API + "/deliveries").handler(json(ctx -> {
            services.deliveries().clear();
            return Map.of("success", true);
        }));
        router.get(API + "/clock").handler(json(ctx -> clock()));
        router.post(API + "/clock/advance").handler(json(this::advanceClock));
        router.get(API + "/faults").handler(json(ctx -> faults()));
        router.post(API + "/faults").handler(json(this::addFault));
        router.delete(API + "/faults").handler(json(ctx -> {
            services.faults().clear();
            return faults();
        }));
        router.delete(API + "/faults/:id").handler(json(ctx -> {
            if (!services.faults().remove(ctx.pathParam("id"))) {
                throw ControlException.notFound("No fault " + ctx.pathParam("id"));
            }
            return faults();
        }));
        router.post(API + "/reset").handler(json(ctx -> {
            services.reset().run();
            return Map.of("success", true);
        }));
        router.route(API + "/*").handler(ctx -> error(ctx, ControlException.notFound("No control API route "
                                                                                     + ctx.request().method() + " "
                                                                                     + ctx.request().path())));
    }

    private void simulate(Router router, String action, BiFunction<Account, JsonNode, Map<String, Object>> simulator) {
        router.post(API + "/accounts/:id/simulate/" + action).handler(json(ctx -> {
            JsonNode body = body(ctx);
            return sandbox.atomically(() -> simulator.apply(account(ctx), body));
        }));
    }

    private Map<String, Object> app() {
        var app = sandbox.app();
        return Ordered.map("id", app.id(), "name", app.name(), "secret", app.secret(), "redirectUris",
                app.redirectUris());
    }

    private Object setRedirectUris(RoutingContext ctx) {
        JsonNode uris = body(ctx).get("redirectUris");
        if (uris == null || !uris.isArray()) {
            throw ControlException.badRequest("redirectUris must be an array of URIs");
        }
        List<String> list = new ArrayList<>();
        uris.forEach(u -> list.add(u.asText()));
        sandbox.setApp(sandbox.app().withRedirectUris(list));
        return app();
    }

    private Object subscribe(RoutingContext ctx) {
        Set<String> fields = fields(body(ctx).get("fields"), Set.of());
        return sandbox.atomically(() -> {
            Account account = account(ctx);
            account.subscribe(fields);
            return Ordered.map("id", account.userId(), "subscribedFields", List.copyOf(account.subscribedFields()));
        });
    }

    private Object issueToken(RoutingContext ctx) {
        JsonNode body = body(ctx);
        String kind = Json.text(body, "kind") == null ? "long" : Json.text(body, "kind");
        TokenKind tokenKind = switch (kind) {
            case "short" -> TokenKind.SHORT_LIVED;
            case "long" -> TokenKind.LONG_LIVED;
            default -> throw ControlException.badRequest("kind must be short or long");
        };
        Set<Scope> scopes = Scope.all();
        JsonNode list = body.get("scopes");
        if (list != null && list.isArray()) {
            scopes = new LinkedHashSet<>();
            for (JsonNode name : list) {
                Set<Scope> parsed;
                try {
                    parsed = Scope.parseList(name.asText());
                } catch (IllegalArgumentException e) {
                    throw ControlException.badRequest(e.getMessage());
                }
                scopes.addAll(parsed);
            }
        }
        Set<Scope> granted = scopes;
        String accountId = Json.text(body, "accountId");
        return sandbox.atomically(() -> {
            Account account = sandbox.account(accountId == null ? sandbox.primaryAccountId() : accountId)
                    .orElseThrow(() -> ControlException.notFound("No account " + accountId));
            AccessToken token = sandbox.issueToken(account.userId(), tokenKind, granted);
            return Ordered.map("accessToken", token.value(), "accountId", account.userId(), "kind",
                    token.kind().name(), "expiresAt", token.expiresAt().toString(), "scopes",
                    token.scopes().stream().map(Scope::permission).toList());
        });
    }

    private Object invalidateToken(RoutingContext ctx) {
        JsonNode body = body(ctx);
        String value = Json.text(body, "accessToken");
        int subcode = body.path("subcode").asInt(467);
        if (!GraphErrors.isInvalidationSubcode(subcode)) {
            throw ControlException.badRequest("subcode must be one of 458, 459, 460, 464, 467");
        }
        return sandbox.atomically(() -> {
            AccessToken token = sandbox.token(value).orElseThrow(() -> ControlException.notFound("No such token"));
            token.invalidate(subcode);
            return Ordered.map("accountId", token.accountId(), "invalidatedSubcode", subcode);
        });
    }

    private void configureWebhook(RoutingContext ctx) {
        Context context = vertx.getOrCreateContext();
        WebhookCallback callback;
        try {
            JsonNode body = body(ctx);
            String url = Json.text(body, "callbackUrl");
            String token = Json.text(body, "verifyToken");
            if (url == null || url.isBlank() || token == null || token.isBlank()) {
                throw ControlException.badRequest("callbackUrl and verifyToken are required");
            }
            callback = new WebhookCallback(url.trim(), token,
                    fields(body.get("fields"), Set.copyOf(WebhookFields.ALL)));
        } catch (ControlException e) {
            error(ctx, e);
            return;
        }
        services.webhooks().configure(callback).whenComplete((accepted, failure) -> context.runOnContext(v -> {
            if (failure == null) {
                ok(ctx, webhook(accepted));
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error(ctx, ControlException.badRequest("Callback verification failed: " + cause.getMessage()));
            }
        }));
    }

    private static Map<String, Object> webhook(WebhookCallback callback) {
        if (callback == null) {
            return Ordered.map("configured", false);
        }
        return Ordered.map("configured", true, "callbackUrl", callback.url(), "fields", callback.orderedFields());
    }

    private Object deliveries(RoutingContext ctx) {
        String since = ctx.request().getParam("since");
        try {
            return (since == null ? services.deliveries().entries()
                    : services.deliveries().since(Long.parseLong(since))).stream().map(DeliveryAttempt::describe)
                    .toList();
        } catch (NumberFormatException e) {
            throw ControlException.badRequest("since must be a sequence number");
        }
    }

    private Map<String, Object> clock() {
        return Ordered.map("now", sandbox.now().toString(), "offsetSeconds", sandbox.clock().offset().toSeconds());
    }

    private Object advanceClock(RoutingContext ctx) {
        JsonNode body = body(ctx);
        Duration amount;
        try {
            if (body.hasNonNull("duration")) {
                amount = Duration.parse(body.get("duration").asText());
            } else if (body.hasNonNull("seconds")) {
                amount = Duration.ofMillis((long) (body.get("seconds").asDouble() * 1000));
            } else {
                throw ControlException.badRequest("Give seconds (a number) or duration (ISO-8601, e.g. PT25H)");
            }
            sandbox.clock().advance(amount);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ControlException.badRequest("Cannot advance the clock: " + e.getMessage());
        }
        return clock();
    }

    private List<Map<String, Object>> faults() {
        return services.faults().rules().stream().map(FaultRule::describe).toList();
    }

    private Object addFault(RoutingContext ctx) {
        JsonNode body = body(ctx);
        FaultRule rule;
        try {
            String kind = Json.text(body, "kind");
            rule = switch (kind == null ? "" : kind) {
                case "latency" -> FaultRule.latency(Duration.ofMillis(body.path("latencyMs").asLong(1000)));
                case "error" -> FaultRule.error(body.path("status").asInt(503));
                case "reset" -> FaultRule.reset();
                case "throttle" -> FaultRule.throttle(body.path("code").asInt(4), body.path("regainMinutes").asLong(1));
                default -> throw ControlException.badRequest("kind must be latency, error, reset or throttle");
            };
            if (body.hasNonNull("times")) {
                rule.times(body.get("times").asInt());
            }
            if (body.hasNonNull("durationMs")) {
                rule.during(Duration.ofMillis(body.get("durationMs").asLong()));
            }
            rule.onPath(Json.text(body, "pathPrefix"));
        } catch (IllegalArgumentException e) {
            throw ControlException.badRequest(e.getMessage());
        }
        return services.faults().add(rule).describe();
    }

    private Account account(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        return sandbox.account(id).orElseThrow(() -> ControlException.notFound("No account " + id));
    }

    private static Set<String> fields(JsonNode node, Set<String> absent) {
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isArray()) {
            throw ControlException.badRequest("fields must be an array of webhook fields");
        }
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode field : node) {
            if (!WebhookFields.isKnown(field.asText())) {
                throw ControlException.badRequest("Unknown webhook field " + field.asText() + "; known: "
                                                  + WebhookFields.ALL);
            }
            fields.add(field.asText());
        }
        return fields;
    }

    private static JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString("UTF-8");
        if (text == null || text.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            JsonNode node = Json.parse(text);
            if (!node.isObject()) {
                throw ControlException.badRequest("The body must be a JSON object");
            }
            return node;
        } catch (IllegalArgumentException e) {
            throw ControlException.badRequest("The body is " + e.getMessage());
        }
    }

    private interface Action {
        Object run(RoutingContext ctx);
    }

    private static Handler<RoutingContext> json(Action action) {
        return ctx -> {
            try {
                ok(ctx, action.run(ctx));
            } catch (ControlException e) {
                error(ctx, e);
            }
        };
    }

    private static void ok(RoutingContext ctx, Object body) {
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json; charset=UTF-8")
                .putHeader("Cache-Control", "no-store").end(Buffer.buffer(Json.bytes(body)));
    }

    private static void error(RoutingContext ctx, ControlException e) {
        ctx.response().setStatusCode(e.status()).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(Buffer.buffer(Json.bytes(Map.of("error", e.getMessage()))));
    }
}
