package io.github.camelinstagram.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.support.Json;

/** A small JDK HttpClient wrapper for the tests: Graph calls with a Bearer token, forms, JSON, the control API. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An answer: status, headers and body. */
    record Answer(int status, java.net.http.HttpHeaders headers, String text) {
        JsonNode json() {
            return Json.parse(text);
        }

        JsonNode error() {
            return json().path("error");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    Answer postForm(String path, String token, Map<String, String> form) {
        return send(request(path, token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    Answer postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A control API call with a JSON body (or none). */
    Answer control(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/api" + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json");
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return send(builder);
    }

    Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        String encoded = path.replace("{", "%7B").replace("}", "%7D");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + encoded))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static String form(Map<String, String> form) {
        StringJoiner joiner = new StringJoiner("&");
        form.forEach((k, v) -> joiner.add(encode(k) + "=" + encode(v)));
        return joiner.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
