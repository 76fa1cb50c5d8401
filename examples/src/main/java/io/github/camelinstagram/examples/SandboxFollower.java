package io.github.camelinstagram.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Acts as a follower of a sandbox account through the sandbox's control API, exactly as the console does: the sandbox
 * then sends the resulting webhook events, signed, to the subscribed callback.
 */
final class SandboxFollower {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String api;
    private final String accountId;
    private final String followerId;

    SandboxFollower(String sandboxBaseUrl, String accountId, String followerId) {
        this.api = sandboxBaseUrl + "/sandbox/api/accounts/" + accountId;
        this.accountId = accountId;
        this.followerId = followerId;
    }

    /** Sends a direct message to the account. */
    void sendMessage(String text) {
        post("/simulate/message", Map.of("from", followerId, "text", text));
    }

    /** Comments on a media of the account. */
    void comment(String mediaId, String text) {
        post("/simulate/comment", Map.of("from", followerId, "mediaId", mediaId, "text", text));
    }

    /** The id of the account's newest media. */
    String newestMediaId() {
        JsonNode media = get("/media");
        JsonNode list = media.isArray() ? media : media.path("data");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException("The sandbox account " + accountId + " has no media to comment on");
        }
        return list.get(0).path("id").asText();
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private void post(String path, Map<String, String> body) {
        try {
            send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + body, e);
        }
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                                                + response.statusCode() + ": " + new String(response.body()));
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
