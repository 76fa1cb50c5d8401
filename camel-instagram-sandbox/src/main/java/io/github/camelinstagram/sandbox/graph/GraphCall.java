package io.github.camelinstagram.sandbox.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.support.Json;

/**
 * One authenticated Graph call, independent of the HTTP server: method, path segments (version removed), parameters
 * from the query, a form body or a JSON body, the token and the account it acts for, and the time it is handled at.
 */
public final class GraphCall {

    private final String method;
    private final String versionPath;
    private final List<String> segments;
    private final Map<String, String> params;
    private final JsonNode json;
    private final AccessToken token;
    private final Account account;
    private final Instant now;
    private final String baseUrl;
    private final boolean tokenInQuery;

    /**
     * @param versionPath  {@code /v25.0}, or empty when the call had no version prefix
     * @param params       query and form parameters (the first value of each)
     * @param json         the JSON body, or null
     * @param tokenInQuery whether the token came as the {@code access_token} parameter (paging links then carry it)
     */
    public GraphCall(String method, String versionPath, List<String> segments, Map<String, String> params,
                     JsonNode json, AccessToken token, Account account, Instant now, String baseUrl,
                     boolean tokenInQuery) {
        this.method = method;
        this.versionPath = versionPath;
        this.segments = List.copyOf(segments);
        this.params = Map.copyOf(params);
        this.json = json;
        this.token = token;
        this.account = account;
        this.now = now;
        this.baseUrl = baseUrl;
        this.tokenInQuery = tokenInQuery;
    }

    public String method() {
        return method;
    }

    public String versionPath() {
        return versionPath;
    }

    public List<String> segments() {
        return segments;
    }

    public AccessToken token() {
        return token;
    }

    /** The account the token belongs to. */
    public Account account() {
        return account;
    }

    public Instant now() {
        return now;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A parameter from the query or form, else a scalar of the JSON body, else the JSON text of a nested value. */
    public String param(String name) {
        String value = params.get(name);
        if (value != null) {
            return value;
        }
        JsonNode node = json == null ? null : json.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isContainerNode() ? Json.string(node) : node.asText();
    }

    /** A parameter that must be present and not blank, else code 100 naming it. */
    public String requireParam(String name) {
        String value = param(name);
        if (value == null || value.isBlank()) {
            throw GraphErrors.invalidParameter("The parameter " + name + " is required");
        }
        return value;
    }

    /** A structured parameter: a JSON body field, or a form/query parameter holding JSON text; null when absent. */
    public JsonNode jsonParam(String name) {
        JsonNode node = json == null ? null : json.get(name);
        if (node != null && !node.isNull()) {
            return node;
        }
        String text = params.get(name);
        if (text == null) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw GraphErrors.invalidParameter("Param " + name + " must be a JSON object");
        }
    }

    /** A boolean parameter: {@code true}/{@code false} (also {@code 1}/{@code 0}); null when absent. */
    public Boolean flag(String name) {
        String value = param(name);
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw GraphErrors.invalidParameter("Param " + name + " must be a boolean");
        };
    }

    /** The {@code fields} parameter, parsed; null when absent. */
    public FieldSelection fields() {
        String fields = param("fields");
        return fields == null || fields.isBlank() ? null : FieldSelection.parse(fields);
    }

    /**
     * The link to another page of the same edge: base URL, version, path, and the call's own parameters with the
     * cursor replaced. The token goes in only when the call sent it as a parameter, like Meta's links.
     */
    public String pageLink(String path, String cursorName, String cursor) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String kept : List.of("fields", "limit", "platform", "user_id")) {
            if (params.containsKey(kept)) {
                query.put(kept, params.get(kept));
            }
        }
        if (tokenInQuery) {
            query.put("access_token", token.value());
        }
        query.put(cursorName, cursor);
        StringJoiner joiner = new StringJoiner("&");
        query.forEach((k, v) -> joiner.add(encode(k) + "=" + encode(v)));
        return baseUrl + versionPath + path + "?" + joiner;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
