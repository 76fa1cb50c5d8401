package io.github.camelinstagram.sandbox.oauth;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.AppConfig;
import io.github.camelinstagram.sandbox.state.AuthorizationCode;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.state.TokenKind;
import io.github.camelinstagram.sandbox.support.Json;
import io.github.camelinstagram.sandbox.support.Ordered;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /oauth/access_token} of api.instagram.com: exchanges an authorization code (form: {@code client_id},
 * {@code client_secret}, {@code grant_type=authorization_code}, {@code redirect_uri}, {@code code}) for a short-lived
 * token. Answers the documented {@code {"data":[{"access_token","user_id","permissions":"a,b"}]}} or, when
 * configured, the flat shape seen in real clients ({@code user_id} a number, {@code permissions} an array). Errors
 * have this host's own shape: {@code {"error_type":"OAuthException","code":400,"error_message":"..."}}.
 */
public final class CodeExchangeEndpoint {

    private final Sandbox sandbox;
    private final boolean flatAnswer;

    /**
     * @param flatAnswer answer the flat shape instead of the documented {@code data} list
     */
    public CodeExchangeEndpoint(Sandbox sandbox, boolean flatAnswer) {
        this.sandbox = sandbox;
        this.flatAnswer = flatAnswer;
    }

    public void handle(RoutingContext ctx) {
        try {
            Object body = sandbox.atomically(() -> exchange(ctx));
            write(ctx, 200, body);
        } catch (OAuthError e) {
            write(ctx, 400, Ordered.map("error_type", "OAuthException", "code", 400, "error_message",
                    e.getMessage()));
        }
    }

    private Object exchange(RoutingContext ctx) {
        AppConfig app = sandbox.app();
        String clientId = required(ctx, "client_id");
        String secret = required(ctx, "client_secret");
        String grantType = required(ctx, "grant_type");
        String redirectUri = required(ctx, "redirect_uri");
        String codeValue = required(ctx, "code");
        if (!clientId.equals(app.id())) {
            throw new OAuthError("Invalid platform app");
        }
        if (!secret.equals(app.secret())) {
            throw new OAuthError("Error validating client secret");
        }
        if (!"authorization_code".equals(grantType)) {
            throw new OAuthError("Unsupported grant_type: " + grantType + " (expected authorization_code)");
        }
        String trimmed = codeValue.endsWith("#_") ? codeValue.substring(0, codeValue.length() - 2) : codeValue;
        AuthorizationCode code = sandbox.code(trimmed).filter(c -> c.isUsable(sandbox.now()))
                .orElseThrow(() -> new OAuthError("Matching code was not found or was already used"));
        if (!code.redirectUri().equals(redirectUri)) {
            throw new OAuthError("Error validating verification code. Please make sure your redirect_uri is"
                                 + " identical to the one you used in the OAuth dialog request");
        }
        code.markUsed();
        AccessToken token = sandbox.issueToken(code.accountId(), TokenKind.SHORT_LIVED, code.scopes());
        List<String> permissions = code.scopes().stream().sorted().map(Scope::permission).toList();
        if (flatAnswer) {
            return Ordered.map("access_token", token.value(), "user_id", Long.parseLong(token.accountId()),
                    "permissions", permissions);
        }
        return Map.of("data", List.of(Ordered.map("access_token", token.value(), "user_id", token.accountId(),
                "permissions", permissions.stream().collect(Collectors.joining(",")))));
    }

    private static String required(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        if (value == null || value.isBlank()) {
            throw new OAuthError("You must provide a " + name);
        }
        return value;
    }

    private static void write(RoutingContext ctx, int status, Object body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(Buffer.buffer(Json.metaBytes(body)));
    }

    /** An error of api.instagram.com. */
    private static final class OAuthError extends RuntimeException {
        OAuthError(String message) {
            super(message, null, false, false);
        }
    }
}
