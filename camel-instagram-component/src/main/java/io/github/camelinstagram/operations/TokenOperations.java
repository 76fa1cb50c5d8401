package io.github.camelinstagram.operations;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.model.InstagramLogin;
import io.github.camelinstagram.tokens.InstagramLoginClient;
import io.github.camelinstagram.tokens.StoredToken;
import io.github.camelinstagram.tokens.TokenServices;

/**
 * Business Login and long-lived tokens: authorizationUrl, exchangeCode, exchangeToken, refreshToken. Every token
 * obtained here is saved in the token store under its account, so that later exchanges of that account use it and the
 * refresher keeps it alive.
 */
public final class TokenOperations {

    private TokenOperations() {
    }

    /** No call: the body becomes the Business Login URL, with the state of {@code CamelInstagramState}. */
    public static CompletableFuture<OperationResult> authorizationUrl(OperationContext ctx) {
        InstagramConfiguration config = ctx.config();
        String appId = require(config.getAppId(), "appId", "Instagram app ID");
        String redirectUri = require(config.getRedirectUri(), "redirectUri", "redirect URI");
        String scopes = require(config.getScopes(), "scopes", "scopes to ask for");
        for (String scope : scopes.split("[,\\s]+")) {
            if (scope.startsWith("business_")) {
                throw new IllegalArgumentException("The scope " + scope + " was retired in January 2025: use instagram_"
                                                   + scope + " (option scopes)");
            }
        }
        String url = InstagramLoginClient.authorizationUrl(config.getAuthorizeBaseUrl(), appId, redirectUri, scopes,
                ctx.header(InstagramConstants.STATE));
        return CompletableFuture.completedFuture(OperationResult.of(url));
    }

    /**
     * The body is the authorization code of the redirect (a trailing {@code #_} is removed): exchanges it for a
     * short-lived token, at once for a long-lived one, and stores that under the {@code user_id} of its {@code /me}
     * (the IG_ID of paths and webhooks; the code exchange's own {@code user_id} may be another id), which it also sets
     * as {@code CamelInstagramAccountId}.
     */
    public static CompletableFuture<OperationResult> exchangeCode(OperationContext ctx) {
        InstagramConfiguration config = ctx.config();
        String appId = require(config.getAppId(), "appId", "Instagram app ID");
        String appSecret = require(config.getAppSecret(), "appSecret", "Instagram app secret");
        String redirectUri = require(config.getRedirectUri(), "redirectUri", "redirect URI");
        String code = ctx.requireTextBody("authorization code").trim();
        if (code.endsWith("#_")) {
            code = code.substring(0, code.length() - 2);
        }
        TokenServices tokens = ctx.tokens();
        return tokens.login().exchangeCode(ctx.client(), config.getOauthBaseUrl(), appId, appSecret, redirectUri, code)
                .thenCompose(grant -> tokens.login()
                        .exchangeForLongLived(ctx.client(), appSecret, grant.accessToken(), grant.userId())
                        .thenCompose(longLived -> tokens.resolver()
                                .resolve(ctx.client(), config.getBaseUrl(), longLived.accessToken())
                                .thenApply(account -> store(ctx, StoredToken.issued(account, longLived.accessToken(),
                                        tokens.clock().instant(), longLived.expiresIn()), grant.permissions()))));
    }

    /**
     * The body (else the {@code accessToken} option) is a short-lived token: exchanges it for a long-lived one, finds
     * its account with {@code /me}, stores it and sets {@code CamelInstagramAccountId}.
     */
    public static CompletableFuture<OperationResult> exchangeToken(OperationContext ctx) {
        InstagramConfiguration config = ctx.config();
        String appSecret = require(config.getAppSecret(), "appSecret", "Instagram app secret");
        String body = ctx.exchange().getMessage().getBody(String.class);
        String shortLived = body != null && !body.isBlank() ? body.trim() : config.getAccessToken();
        require(shortLived, "accessToken", "short-lived token (the message body)");
        TokenServices tokens = ctx.tokens();
        return tokens.login().exchangeForLongLived(ctx.client(), appSecret, shortLived, InstagramLoginClient.LOGIN)
                .thenCompose(longLived -> tokens.resolver()
                        .resolve(ctx.client(), config.getBaseUrl(), longLived.accessToken())
                        .thenApply(account -> store(ctx, StoredToken.issued(account, longLived.accessToken(),
                                tokens.clock().instant(), longLived.expiresIn()), null)));
    }

    /**
     * Refreshes the token of the exchange's account now (see {@code AccountTokens} for how the account is chosen) and
     * stores the result; a token sent in {@code CamelInstagramAccessToken} is refreshed and returned, not stored. A refresh already running for the account, by the schedule or another exchange, is joined.
     */
    public static CompletableFuture<OperationResult> refreshToken(OperationContext ctx) {
        TokenServices tokens = ctx.tokens();
        return ctx.credentials().thenCompose(credentials -> {
            if (credentials.fromStore()) {
                return tokens.refresher().refresh(credentials.accountId(), ctx.client());
            }
            // a token of the header is for this exchange only: refreshed and returned, not stored
            return tokens.login().refresh(ctx.client(), credentials.token(), credentials.accountId())
                    .thenApply(grant -> StoredToken.issued(credentials.accountId(), grant.accessToken(),
                            tokens.clock().instant(), grant.expiresIn()));
        }).thenApply(fresh -> result(ctx, fresh, null));
    }

    private static OperationResult store(OperationContext ctx, StoredToken token, List<String> permissions) {
        ctx.tokens().accounts().store().save(token);
        return result(ctx, token, permissions);
    }

    private static OperationResult result(OperationContext ctx, StoredToken token, List<String> permissions) {
        ctx.exchange().getMessage().setHeader(InstagramConstants.ACCOUNT_ID, token.accountId());
        return OperationResult.of(new InstagramLogin(token.accountId(), permissions, token.expiresAt(),
                token.accessToken()));
    }

    private static String require(String value, String option, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No " + what + ": set the " + option + " option of the instagram"
                                               + " component or endpoint");
        }
        return value;
    }
}
