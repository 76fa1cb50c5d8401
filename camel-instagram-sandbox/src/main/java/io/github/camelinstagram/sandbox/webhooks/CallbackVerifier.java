package io.github.camelinstagram.sandbox.webhooks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The verification request Meta sends before it accepts a callback URL:
 * {@code GET <callback>?hub.mode=subscribe&hub.challenge=<number>&hub.verify_token=<token>}. The callback passes when
 * it answers 200 with the challenge as its body.
 */
public final class CallbackVerifier {

    private final HttpClient http;
    private final Duration timeout;

    public CallbackVerifier(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** Completes with null when the callback passed, else with the reason it failed. Never completes exceptionally. */
    public CompletableFuture<String> verify(String url, String verifyToken) {
        String challenge = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000_000, Integer.MAX_VALUE));
        URI uri;
        try {
            uri = URI.create(url + (url.contains("?") ? "&" : "?") + "hub.mode=subscribe&hub.challenge=" + challenge
                             + "&hub.verify_token=" + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8));
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                return CompletableFuture.completedFuture("The callback URL must be http or https: " + url);
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture("The callback URL is not a URL: " + url);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "facebookplatform/1.0 (+http://developers.facebook.com)").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return "The callback URL could not be reached: " + cause;
            }
            if (response.statusCode() != 200) {
                return "The callback answered the verification request with HTTP " + response.statusCode();
            }
            if (!challenge.equals(response.body().trim())) {
                return "The callback did not echo the challenge " + challenge + " (it answered \""
                       + abbreviate(response.body()) + "\")";
            }
            return null;
        });
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
