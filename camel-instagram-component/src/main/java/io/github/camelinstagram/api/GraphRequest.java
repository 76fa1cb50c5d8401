package io.github.camelinstagram.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.github.camelinstagram.ratelimit.MessagingQuota;

/**
 * One call to the Graph API, before it is sent: method, path under {@code {baseUrl}/{apiVersion}}, query and form
 * parameters, a JSON body or the bytes of a file, and whether repeating it is harmless. The access token is added by
 * the client as an {@code Authorization: Bearer} header (another scheme where an endpoint requires it, as the upload
 * host does) and never appears here.
 */
public final class GraphRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> form = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] jsonBody;
    private byte[] binaryBody;
    private Path fileBody;
    private String authorizationScheme = "Bearer";
    private Duration timeout;
    private boolean idempotent;
    private boolean versioned = true;
    private String host;
    private MessagingQuota quota;
    private String encodedPathAndQuery;

    private GraphRequest(String method, String path, boolean idempotent) {
        this.method = method;
        this.path = path;
        this.idempotent = idempotent;
    }

    /** A GET of the path made of the given segments, each URL-encoded: {@code get(mediaId, "comments")}. */
    public static GraphRequest get(String... segments) {
        return new GraphRequest("GET", path(segments), true);
    }

    /** A POST of the path made of the given segments. Not idempotent unless {@link #idempotent(boolean)} says so. */
    public static GraphRequest post(String... segments) {
        return new GraphRequest("POST", path(segments), false);
    }

    /** A DELETE of the path made of the given segments. Not retried: a repeat after success answers an error. */
    public static GraphRequest delete(String... segments) {
        return new GraphRequest("DELETE", path(segments), false);
    }

    /** Adds a query parameter; a null value is left out. */
    public GraphRequest query(String name, Object value) {
        if (value != null) {
            encodedPathAndQuery = null;
            query.put(name, value.toString());
        }
        return this;
    }

    /**
     * Adds a query parameter that holds a secret (a token or the app secret, as the token endpoints require): it is
     * sent, but the query string is then left out of every log line and message, and the value is masked wherever the
     * answer quotes it.
     */
    public GraphRequest secretQuery(String name, String value) {
        query(name, value);
        if (value != null) {
            secrets.add(value);
        }
        return this;
    }

    /** Adds a form parameter that holds a secret: sent, and masked wherever the answer quotes it. */
    public GraphRequest secretForm(String name, String value) {
        form(name, value);
        if (value != null) {
            secrets.add(value);
        }
        return this;
    }

    /** Counts this call against a messaging rate limit of its account. */
    public GraphRequest quota(MessagingQuota messagingQuota) {
        this.quota = messagingQuota;
        return this;
    }

    /** The messaging rate limit this call counts against, or null. */
    public MessagingQuota quota() {
        return quota;
    }

    /** Sends the path without the API version prefix, as the token endpoints require. */
    public GraphRequest unversioned() {
        this.versioned = false;
        return this;
    }

    /** Sends to another host than the Graph base URL, e.g. api.instagram.com for the code exchange. */
    public GraphRequest onHost(String baseUrl) {
        this.host = baseUrl;
        return this;
    }

    /** Adds a form parameter (the body becomes {@code application/x-www-form-urlencoded}); a null value is left out. */
    public GraphRequest form(String name, Object value) {
        if (value != null) {
            form.put(name, value.toString());
        }
        return this;
    }

    /** Sets a JSON body (already serialized). */
    public GraphRequest json(byte[] body) {
        this.jsonBody = body;
        return this;
    }

    /** Sends the given bytes as an {@code application/octet-stream} body. */
    public GraphRequest binary(byte[] body) {
        this.binaryBody = body;
        this.fileBody = null;
        return this;
    }

    /** Sends the content of the file as an {@code application/octet-stream} body, streamed from disk. */
    public GraphRequest binary(Path file) {
        this.fileBody = file;
        this.binaryBody = null;
        return this;
    }

    /** Adds a request header; a null value is left out. Never use it for a secret: headers may be logged by proxies. */
    public GraphRequest header(String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
        return this;
    }

    /**
     * The scheme of the {@code Authorization} header that carries the token: {@code Bearer} by default, {@code OAuth}
     * on the upload host.
     */
    public GraphRequest authorizationScheme(String scheme) {
        this.authorizationScheme = scheme;
        return this;
    }

    /** Time allowed for this request instead of the client's {@code requestTimeout}, e.g. for a large upload. */
    public GraphRequest timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    /**
     * Says whether sending this request twice has the same effect as sending it once, so that a transient failure may
     * be retried. Throttled answers are retried whatever this says: the API did not carry them out.
     */
    public GraphRequest idempotent(boolean value) {
        this.idempotent = value;
        return this;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public boolean isIdempotent() {
        return idempotent;
    }

    public boolean isVersioned() {
        return versioned;
    }

    /** The host this request goes to instead of the Graph base URL, or null. */
    public String host() {
        return host;
    }

    /** Values that must never appear in a log line or a message. */
    public List<String> secrets() {
        return secrets;
    }

    /** Path and query for logs and messages: without the query when it holds a secret. */
    public String loggablePathAndQuery() {
        return secrets.isEmpty() ? pathAndQuery() : path;
    }

    public String authorizationScheme() {
        return authorizationScheme;
    }

    /** Extra request headers, in the order they were added. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Time allowed for this request, or null for the client's default. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether the body is bytes or a file ({@link #binary(byte[])}, {@link #binary(Path)}). */
    public boolean hasBinaryBody() {
        return binaryBody != null || fileBody != null;
    }

    /** The bytes of a binary body, or null when the body is a file or not binary. */
    public byte[] binaryBody() {
        return binaryBody;
    }

    /** The file of a binary body, or null. */
    public Path fileBody() {
        return fileBody;
    }

    public boolean hasJsonBody() {
        return jsonBody != null;
    }

    public byte[] jsonBody() {
        return jsonBody;
    }

    public boolean hasForm() {
        return !form.isEmpty();
    }

    /** The form parameters, URL-encoded. */
    public String encodedForm() {
        return encode(form);
    }

    /**
     * Path and query as they go on the wire, e.g. {@code /123/comments?fields=id%2Ctext}. Encoded once: parameters
     * added afterwards are not sent.
     */
    public String pathAndQuery() {
        if (encodedPathAndQuery == null) {
            encodedPathAndQuery = query.isEmpty() ? path : path + '?' + encode(query);
        }
        return encodedPathAndQuery;
    }

    @Override
    public String toString() {
        return method + ' ' + loggablePathAndQuery();
    }

    private static String path(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String segment : segments) {
            sb.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static String encode(Map<String, String> params) {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((name, value) -> joiner.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + '='
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joiner.toString();
    }
}
