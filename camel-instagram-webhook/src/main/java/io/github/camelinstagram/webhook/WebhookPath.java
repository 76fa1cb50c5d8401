package io.github.camelinstagram.webhook;

/**
 * The HTTP path of a webhook endpoint, as platform-http serves it: with a leading slash.
 */
final class WebhookPath {

    private WebhookPath() {
    }

    static String normalize(String remaining) {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("instagram-webhook needs a path, e.g. instagram-webhook:/instagram/webhook");
        }
        String path = remaining.trim();
        return path.startsWith("/") ? path : "/" + path;
    }
}
