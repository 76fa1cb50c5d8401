package io.github.camelinstagram.sandbox.state;

import java.time.Duration;

/** Instagram User access tokens: short-lived (1 hour, from the code exchange) and long-lived (60 days). */
public enum TokenKind {
    SHORT_LIVED(Duration.ofHours(1)),
    LONG_LIVED(Duration.ofDays(60));

    private final Duration lifetime;

    TokenKind(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
