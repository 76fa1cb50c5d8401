package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizationFlowTest {

    private static final String REDIRECT = "https://app.example.com/instagram/callback";
    private static final String SCOPES = "instagram_business_basic,instagram_business_manage_messages";

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create().configure(b -> b.redirectUri(REDIRECT));

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Map<String, String> request(String redirectUri, String decision) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", sandbox.appId());
        form.put("redirect_uri", redirectUri);
        form.put("response_type", "code");
        form.put("scope", SCOPES);
        form.put("state", "csrf-42");
        form.put("account", sandbox.accountId());
        form.put("decision", decision);
        return form;
    }

    private Http.Answer decide(String decision) {
        return http().postForm("/oauth/authorize", null, request(REDIRECT, decision));
    }

    @Test
    void theWindowShowsTheAppThePermissionsAndBothButtons() {
        Map<String, String> query = request(REDIRECT, "allow");
        query.remove("decision");
        query.remove("account");
        Http.Answer page = http().get("/oauth/authorize?" + Http.form(query), null);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("id=\"allow\""));
        assertTrue(page.text().contains("id=\"cancel\""));
        assertTrue(page.text().contains("instagram_business_manage_messages"));
        assertTrue(page.text().contains("Sandbox App"));
    }

    @Test
    void aRedirectUriThatIsNotConfiguredExactlyIsRefused() {
        Map<String, String> query = request(REDIRECT + "/", "allow");
        Http.Answer page = http().get("/oauth/authorize?" + Http.form(query), null);
        assertEquals(400, page.status());
        assertTrue(page.text().contains("Invalid redirect_uri"));
        assertEquals(400, http().postForm("/oauth/authorize", null, query).status());
        Map<String, String> unknownScope = request(REDIRECT, "allow");
        unknownScope.put("scope", "business_basic");
        assertTrue(http().get("/oauth/authorize?" + Http.form(unknownScope), null).text().contains("Invalid Scopes"));
    }

    @Test
    void allowRedirectsWithCodeAndStateAndTheCodeIsExchangedOnce() {
        Http.Answer redirect = decide("allow");
        assertEquals(302, redirect.status());
        String location = redirect.header("Location");
        assertTrue(location.startsWith(REDIRECT + "?code="), location);
        assertTrue(location.endsWith("&state=csrf-42#_"), location);
        String code = query(location).get("code");

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("client_id", sandbox.appId());
        exchange.put("client_secret", sandbox.appSecret());
        exchange.put("grant_type", "authorization_code");
        exchange.put("redirect_uri", REDIRECT);
        exchange.put("code", code + "#_");
        Http.Answer answer = http().postForm("/oauth/access_token", null, exchange);
        assertEquals(200, answer.status(), answer.text());
        JsonNode grant = answer.json().path("data").get(0);
        assertEquals(sandbox.accountId(), grant.path("user_id").asText());
        assertTrue(grant.path("user_id").isTextual());
        assertEquals(SCOPES, grant.path("permissions").asText());
        String shortLived = grant.path("access_token").asText();
        assertTrue(shortLived.startsWith("IGAA"));
        assertEquals(200, http().get("/v25.0/me?fields=user_id", shortLived).status());

        Http.Answer reused = http().postForm("/oauth/access_token", null, exchange);
        assertEquals(400, reused.status());
        assertEquals("OAuthException", reused.json().path("error_type").asText());
        assertEquals(400, reused.json().path("code").asInt());
        assertEquals("Matching code was not found or was already used",
                reused.json().path("error_message").asText());
        assertFalse(reused.json().has("error"));
    }

    @Test
    void theExchangeChecksSecretAndRedirectUri() {
        String code = query(decide("allow").header("Location")).get("code");
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("client_id", sandbox.appId());
        exchange.put("client_secret", "wrong");
        exchange.put("grant_type", "authorization_code");
        exchange.put("redirect_uri", REDIRECT);
        exchange.put("code", code);
        assertEquals("Error validating client secret",
                http().postForm("/oauth/access_token", null, exchange).json().path("error_message").asText());
        exchange.put("client_secret", sandbox.appSecret());
        exchange.put("redirect_uri", sandbox.server().redirectUri());
        assertTrue(http().postForm("/oauth/access_token", null, exchange).json().path("error_message").asText()
                .contains("redirect_uri is identical"));
    }

    @Test
    void cancelRedirectsWithTheDocumentedError() {
        Http.Answer redirect = decide("cancel");
        assertEquals(302, redirect.status());
        assertEquals(REDIRECT + "?error=access_denied&error_reason=user_denied"
                     + "&error_description=The+user+denied+your+request&state=csrf-42#_",
                redirect.header("Location"));
    }

    @Test
    void theFlatAnswerShapeIsAvailableAsAnOption() {
        try (SandboxServer flat = SandboxServer.builder().flatCodeExchangeAnswer(true).build().start()) {
            Http client = new Http(flat.baseUrl());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("client_id", flat.appId());
            form.put("redirect_uri", flat.redirectUri());
            form.put("response_type", "code");
            form.put("scope", SCOPES);
            form.put("account", flat.accountId());
            form.put("decision", "allow");
            String location = client.postForm("/oauth/authorize", null, form).header("Location");
            assertFalse(location.contains("state="), "no state was sent");
            Map<String, String> exchange = new LinkedHashMap<>();
            exchange.put("client_id", flat.appId());
            exchange.put("client_secret", flat.appSecret());
            exchange.put("grant_type", "authorization_code");
            exchange.put("redirect_uri", flat.redirectUri());
            exchange.put("code", query(location).get("code"));
            JsonNode grant = client.postForm("/oauth/access_token", null, exchange).json();
            assertTrue(grant.path("user_id").isNumber());
            assertEquals(flat.accountId(), grant.path("user_id").asText());
            assertTrue(grant.path("permissions").isArray());
            assertEquals(2, grant.path("permissions").size());
            Http.Answer landing = client.send(HttpRequest.newBuilder(URI.create(location.replace("#_", ""))).GET());
            assertTrue(landing.text().contains("id=\"code\""));
        }
    }

    private static Map<String, String> query(String location) {
        String query = URI.create(location).getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
