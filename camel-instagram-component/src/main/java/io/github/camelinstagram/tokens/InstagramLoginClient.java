package io.github.camelinstagram.tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.api.GraphResponse;

/**
 * The calls of Business Login for Instagram: the authorization URL, the code exchange on api.instagram.com, the
 * short-lived to long-lived exchange and the refresh on graph.instagram.com. Secrets and tokens go as the documented
 * parameters of these endpoints and are never logged.
 */
public final class InstagramLoginClient {

    /** Pacing key of the login calls, made before the account is known. */
    public static final String LOGIN = "login";

    private final ObjectMapper mapper;

    public InstagramLoginClient(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The Business Login URL: {@code {authorizeBaseUrl}/oauth/authorize?client_id&redirect_uri&response_type=code
     * &scope[&state]}.
     */
    public static String authorizationUrl(String authorizeBaseUrl, String appId, String redirectUri, String scopes,
                                          String state) {
        StringBuilder url = new StringBuilder(authorizeBaseUrl.replaceAll("/+$", "")).append("/oauth/authorize")
                .append("?client_id=").append(encode(appId))
                .append("&redirect_uri=").append(encode(redirectUri))
                .append("&response_type=code")
                .append("&scope=").append(encode(scopes.replace(" ", "")));
        if (state != null) {
            url.append("&state=").append(encode(state));
        }
        return url.toString();
    }

    /**
     * Exchanges an authorization code for a short-lived token: {@code POST {oauthBaseUrl}/oauth/access_token}. Reads
     * both documented answers: {@code {"data":[{...}]}} and the flat {@code {"access_token":..,"user_id":123,
     * "permissions":[..]}}.
     */
    public CompletableFuture<CodeGrant> exchangeCode(GraphClient client, String oauthBaseUrl, String appId,
                                                     String appSecret, String redirectUri, String code) {
        GraphRequest request = GraphRequest.post("oauth", "access_token").onHost(oauthBaseUrl).unversioned()
                .form("client_id", appId).secretForm("client_secret", appSecret)
                .form("grant_type", "authorization_code").form("redirect_uri", redirectUri)
                .secretForm("code", code);
        return client.call(request, null, LOGIN).thenApply(response -> readCodeGrant(response, request));
    }

    /** Exchanges a short-lived token for a long-lived one: {@code GET /access_token?grant_type=ig_exchange_token}. */
    public CompletableFuture<TokenGrant> exchangeForLongLived(GraphClient client, String appSecret,
                                                              String shortLivedToken, String account) {
        GraphRequest request = GraphRequest.get("access_token").unversioned()
                .query("grant_type", "ig_exchange_token").secretQuery("client_secret", appSecret)
                .secretQuery("access_token", shortLivedToken);
        return client.call(request, null, account).thenApply(response -> readTokenGrant(response, request));
    }

    /** Refreshes a long-lived token: {@code GET /refresh_access_token?grant_type=ig_refresh_token}. Idempotent. */
    public CompletableFuture<TokenGrant> refresh(GraphClient client, String longLivedToken, String account) {
        GraphRequest request = GraphRequest.get("refresh_access_token").unversioned()
                .query("grant_type", "ig_refresh_token").secretQuery("access_token", longLivedToken);
        return client.call(request, null, account).thenApply(response -> readTokenGrant(response, request));
    }

    private CodeGrant readCodeGrant(GraphResponse response, GraphRequest request) {
        JsonNode root = read(response, request);
        JsonNode grant = root.path("data").isArray() && !root.path("data").isEmpty() ? root.path("data").get(0) : root;
        String token = grant.path("access_token").asText(null);
        String userId = grant.path("user_id").asText(null);
        if (token == null || userId == null || userId.isBlank()) {
            throw unexpected(response, request, "no access_token or user_id in the answer of the code exchange");
        }
        List<String> permissions = new ArrayList<>();
        JsonNode granted = grant.path("permissions");
        if (granted.isArray()) {
            granted.forEach(p -> permissions.add(p.asText()));
        } else if (granted.isTextual()) {
            Arrays.stream(granted.asText().split(",")).map(String::trim).filter(p -> !p.isEmpty())
                    .forEach(permissions::add);
        }
        return new CodeGrant(token, userId, List.copyOf(permissions));
    }

    private TokenGrant readTokenGrant(GraphResponse response, GraphRequest request) {
        JsonNode root = read(response, request);
        String token = root.path("access_token").asText(null);
        long expiresIn = root.path("expires_in").asLong(0);
        if (token == null || expiresIn <= 0) {
            throw unexpected(response, request, "no access_token or expires_in in the answer");
        }
        return new TokenGrant(token, Duration.ofSeconds(expiresIn));
    }

    private JsonNode read(GraphResponse response, GraphRequest request) {
        try {
            return mapper.readTree(response.body());
        } catch (Exception e) {
            throw unexpected(response, request, "the answer is not JSON");
        }
    }

    private static InstagramApiException unexpected(GraphResponse response, GraphRequest request, String what) {
        return new InstagramApiException(new ApiError(response.status(), 0, 0, null, what, null, false,
                request.toString()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * What the code exchange returned. {@link #toString()} never shows the token.
     *
     * @param accessToken short-lived token (1 hour)
     * @param userId      the professional account id
     * @param permissions the granted scopes
     */
    public record CodeGrant(String accessToken, String userId, List<String> permissions) {
        @Override
        public String toString() {
            return "CodeGrant{userId=" + userId + ", permissions=" + permissions + ", accessToken=***}";
        }
    }

    /**
     * A long-lived token and its validity. {@link #toString()} never shows the token.
     */
    public record TokenGrant(String accessToken, Duration expiresIn) {
        @Override
        public String toString() {
            return "TokenGrant{expiresIn=" + expiresIn + ", accessToken=***}";
        }
    }
}
