package io.github.camelinstagram.sandbox.webhooks;

import java.util.List;
import java.util.Set;

/**
 * The app's webhook configuration, as set in the App Dashboard: the callback URL (verified by the handshake before it
 * is accepted), the verify token, and the fields the app subscribes to for Instagram.
 *
 * @param url         the callback URL
 * @param verifyToken the token echoed in {@code hub.verify_token}
 * @param fields      the app-level subscription fields
 */
public record WebhookCallback(String url, String verifyToken, Set<String> fields) {

    public WebhookCallback {
        fields = Set.copyOf(fields);
    }

    /** The callback with every field. */
    public static WebhookCallback allFields(String url, String verifyToken) {
        return new WebhookCallback(url, verifyToken, Set.copyOf(WebhookFields.ALL));
    }

    /** The fields in the documented order. */
    public List<String> orderedFields() {
        return WebhookFields.ALL.stream().filter(fields::contains).toList();
    }

    @Override
    public String toString() {
        return "WebhookCallback{url=" + url + ", fields=" + orderedFields() + ", verifyToken=***}";
    }
}
