package io.github.camelinstagram.sandbox.state;

import java.util.List;
import java.util.Objects;

/**
 * The Instagram app the sandbox plays the platform for: its id and secret (the secret also signs webhooks), its name
 * on the authorization window, and the redirect URIs configured for Business Login.
 *
 * @param id           Instagram app ID ({@code client_id})
 * @param secret       Instagram app secret ({@code client_secret})
 * @param name         shown on the authorization window
 * @param redirectUris the exact URIs a {@code redirect_uri} must equal
 */
public record AppConfig(String id, String secret, String name, List<String> redirectUris) {

    public AppConfig {
        Objects.requireNonNull(id, "app id");
        Objects.requireNonNull(secret, "app secret");
        Objects.requireNonNull(name, "app name");
        redirectUris = List.copyOf(redirectUris);
    }

    public AppConfig withRedirectUris(List<String> uris) {
        return new AppConfig(id, secret, name, uris);
    }

    @Override
    public String toString() {
        return "AppConfig{id=" + id + ", name=" + name + ", redirectUris=" + redirectUris + ", secret=***}";
    }
}
