package io.github.camelinstagram.api;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Turns a {@link GraphRequest} into the JDK request that goes on the wire: the URL under
 * {@code {baseUrl}/{apiVersion}} (or the request's own host, unversioned where it says so), the token as an
 * {@code Authorization} header, the body with its content type. HTTP/1.1 is asked for on cleartext hosts (tests, the
 * sandbox, a local proxy), where the JDK would otherwise try an h2c upgrade.
 */
final class RequestWriter {

    private final String base;
    private final String versionPath;
    private final Duration requestTimeout;

    RequestWriter(String baseUrl, String apiVersion, Duration requestTimeout) {
        this.base = withoutTrailingSlash(baseUrl);
        this.versionPath = apiVersion == null || apiVersion.isBlank() ? "" : '/' + apiVersion.trim();
        this.requestTimeout = requestTimeout;
    }

    String versionPath() {
        return versionPath;
    }

    /** The time allowed for the whole exchange of the request. */
    Duration timeout(GraphRequest request) {
        return request.timeout() != null ? request.timeout() : requestTimeout;
    }

    /**
     * @throws FileNotFoundException when the file of an upload cannot be read
     */
    HttpRequest write(GraphRequest request, String token) throws FileNotFoundException {
        String host = request.host() != null ? withoutTrailingSlash(request.host()) : base;
        String version = request.isVersioned() ? versionPath : "";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(host + version + request.pathAndQuery()))
                .timeout(timeout(request))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", request.authorizationScheme() + ' ' + token);
        }
        request.headers().forEach(builder::header);
        if (host.startsWith("http://")) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (request.hasJsonBody()) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofByteArray(request.jsonBody());
        } else if (request.hasBinaryBody()) {
            builder.header("Content-Type", "application/octet-stream");
            body = request.fileBody() != null ? HttpRequest.BodyPublishers.ofFile(request.fileBody())
                    : HttpRequest.BodyPublishers.ofByteArray(request.binaryBody());
        } else if (request.hasForm()) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(request.encodedForm());
        }
        return builder.method(request.method(), body).build();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
