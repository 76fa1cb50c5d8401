package io.github.camelinstagram.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.api.GraphRequest;
import org.apache.camel.support.LRUCacheFactory;

/**
 * Finds the professional account id (IG_ID) a token acts as, with {@code GET /me?fields=user_id,username}, once per
 * token and Graph host. The {@code user_id} is what paths and webhooks use; the {@code id} of {@code /me} is app-scoped
 * and is not used. A failed lookup is not remembered, so the next exchange tries again.
 */
public final class AccountIdResolver {

    /** Pacing key of the lookup itself, made before the account is known. */
    public static final String UNRESOLVED = "unresolved-account";

    private final ObjectMapper mapper;
    /** Bounded: a multi-tenant application may see many tokens; keyed by a digest, never by the token itself. */
    private final Map<String, CompletableFuture<String>> accounts = LRUCacheFactory.newLRUCache(10_000);

    public AccountIdResolver(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CompletableFuture<String> resolve(GraphClient client, String host, String token) {
        String key = digest(host + '\n' + token);
        CompletableFuture<String> known = accounts.get(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<String> fresh = new CompletableFuture<>();
        known = accounts.putIfAbsent(key, fresh);
        if (known != null) {
            return known;
        }
        GraphRequest me = GraphRequest.get("me").query("fields", "user_id,username");
        client.call(me, token, UNRESOLVED).thenApply(response -> userId(response.body(), me))
                .whenComplete((userId, failure) -> {
                    if (failure != null) {
                        accounts.remove(key, fresh);
                        fresh.completeExceptionally(failure);
                    } else {
                        fresh.complete(userId);
                    }
                });
        return fresh;
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JDK", e);
        }
    }

    /** Forgets every resolved account, e.g. when the component stops. */
    public void clear() {
        accounts.clear();
    }

    private String userId(byte[] body, GraphRequest request) {
        try {
            JsonNode userId = mapper.readTree(body).get("user_id");
            if (userId != null && !userId.isNull() && !userId.asText().isBlank()) {
                return userId.asText();
            }
        } catch (Exception unreadable) {
            // reported below
        }
        throw new InstagramApiException(new ApiError(200, 0, 0, null,
                "the answer has no user_id: is the token an Instagram Login token (IGAA...)?", null, false,
                request.toString()));
    }
}
