package io.github.camelinstagram.sandbox.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.camelinstagram.sandbox.graph.Authenticator;
import io.github.camelinstagram.sandbox.graph.GraphErrors;
import io.github.camelinstagram.sandbox.graph.GraphException;
import io.github.camelinstagram.sandbox.graph.GraphResponder;
import io.github.camelinstagram.sandbox.graph.UsageMeter;
import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.state.TokenKind;
import io.github.camelinstagram.sandbox.support.Ordered;
import io.vertx.ext.web.RoutingContext;

/**
 * The unversioned token endpoints of graph.instagram.com (section A):
 * <ul>
 * <li>{@code GET /access_token?grant_type=ig_exchange_token&client_secret&access_token}: a valid short-lived token
 * becomes a long-lived one (60 days, same scopes);</li>
 * <li>{@code GET /refresh_access_token?grant_type=ig_refresh_token&access_token}: a long-lived token at least 24 hours
 * old, not expired, with {@code instagram_business_basic}, gives a new long-lived token valid 60 days from now (the
 * old one stays valid until its own expiry).</li>
 * </ul>
 * Both answer {@code {"access_token","token_type":"bearer","expires_in"}}. Errors are Graph errors: 190 (invalid),
 * 190/463 (expired), 101 (wrong client secret), 200 (missing basic scope), 100 (wrong grant type, a token of the wrong
 * kind, a token younger than 24 hours).
 */
public final class TokenEndpoints {

    /** How old a long-lived token must be before it can be refreshed. */
    public static final Duration MIN_REFRESH_AGE = Duration.ofHours(24);

    private final Sandbox sandbox;
    private final Authenticator authenticator;
    private final UsageMeter usage;
    private final GraphResponder responder;

    public TokenEndpoints(Sandbox sandbox, UsageMeter usage, GraphResponder responder) {
        this.sandbox = sandbox;
        this.authenticator = new Authenticator(sandbox);
        this.usage = usage;
        this.responder = responder;
    }

    /** {@code GET /access_token}. */
    public void exchange(RoutingContext ctx) {
        answer(ctx, now -> {
            requireGrant(ctx, "ig_exchange_token");
            String secret = ctx.request().getParam("client_secret");
            if (secret == null || !secret.equals(sandbox.app().secret())) {
                throw GraphErrors.invalidClientSecret();
            }
            AccessToken token = authenticate(ctx, now);
            if (token.kind() != TokenKind.SHORT_LIVED) {
                throw GraphErrors.invalidParameter("Only a short-lived token can be exchanged for a long-lived one;"
                                                   + " refresh a long-lived token with /refresh_access_token");
            }
            return grant(sandbox.issueToken(token.accountId(), TokenKind.LONG_LIVED, token.scopes()), now);
        });
    }

    /** {@code GET /refresh_access_token}. */
    public void refresh(RoutingContext ctx) {
        answer(ctx, now -> {
            requireGrant(ctx, "ig_refresh_token");
            AccessToken token = authenticate(ctx, now);
            if (token.kind() != TokenKind.LONG_LIVED) {
                throw GraphErrors.invalidParameter("A short-lived token cannot be refreshed: exchange it for a"
                                                   + " long-lived one with /access_token first");
            }
            Authenticator.require(token, Scope.BASIC);
            if (Duration.between(token.issuedAt(), now).compareTo(MIN_REFRESH_AGE) < 0) {
                throw GraphErrors.tokenTooYoung();
            }
            return grant(sandbox.issueToken(token.accountId(), TokenKind.LONG_LIVED, token.scopes()), now);
        });
    }

    private interface Action {
        Object run(Instant now);
    }

    private void answer(RoutingContext ctx, Action action) {
        Instant now = sandbox.now();
        try {
            usage.count(null, now);
            Object body = sandbox.atomically(() -> action.run(now));
            responder.ok(ctx.response(), body, null, now);
        } catch (GraphException e) {
            responder.error(ctx.response(), e, null, now);
        }
    }

    private AccessToken authenticate(RoutingContext ctx, Instant now) {
        String value = ctx.request().getParam("access_token");
        if (value == null || value.isBlank()) {
            throw GraphErrors.invalidParameter("The parameter access_token is required");
        }
        return authenticator.authenticate(new Authenticator.Presented(value, true), now);
    }

    private static void requireGrant(RoutingContext ctx, String expected) {
        String grant = ctx.request().getParam("grant_type");
        if (!expected.equals(grant)) {
            throw GraphErrors.invalidParameter("Param grant_type must be " + expected
                                               + (grant == null ? "" : ", got " + grant));
        }
    }

    private static Map<String, Object> grant(AccessToken token, Instant now) {
        return Ordered.map("access_token", token.value(), "token_type", "bearer",
                "expires_in", Duration.between(now, token.expiresAt()).toSeconds());
    }
}
