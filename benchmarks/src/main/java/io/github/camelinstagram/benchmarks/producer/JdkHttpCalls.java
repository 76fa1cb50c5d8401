package io.github.camelinstagram.benchmarks.producer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import io.github.camelinstagram.benchmarks.BenchmarkFailedException;

/**
 * The reference: the same Graph API requests as the component sends, made directly with the JDK
 * {@link HttpClient} (the client the component uses), synchronously, HTTP/1.1, body read as bytes and compared with
 * the expected answer. Each call builds its request, as any caller would.
 */
final class JdkHttpCalls {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String AUTHORIZATION = "Bearer " + GraphFixture.ACCESS_TOKEN;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String profileUrl;
    private final String replyUrl;

    JdkHttpCalls(String baseUrl) {
        this.profileUrl = baseUrl + GraphFixture.PROFILE_PATH_AND_QUERY;
        this.replyUrl = baseUrl + GraphFixture.REPLY_PATH;
    }

    /** {@code GET /v25.0/{account}?fields=...}, checked against the profile JSON. */
    void getProfile() throws IOException, InterruptedException {
        HttpRequest request = newRequest(profileUrl).GET().build();
        expect(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), GraphFixture.PROFILE_JSON, "getProfile");
    }

    /** {@code POST /v25.0/{comment}/replies message=...}, checked against the id JSON. */
    void reply() throws IOException, InterruptedException {
        HttpRequest request = newRequest(replyUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(GraphFixture.REPLY_FORM))
                .build();
        expect(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), GraphFixture.REPLY_JSON, "reply");
    }

    private static HttpRequest.Builder newRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", AUTHORIZATION)
                .header("Accept", "application/json");
    }

    private static void expect(HttpResponse<byte[]> response, byte[] expectedBody, String call) {
        if (response.statusCode() != 200 || !Arrays.equals(response.body(), expectedBody)) {
            throw new BenchmarkFailedException("Reference " + call + " got HTTP " + response.statusCode() + ": "
                                               + new String(response.body()));
        }
    }
}
