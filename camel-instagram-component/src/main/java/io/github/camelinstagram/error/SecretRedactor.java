package io.github.camelinstagram.error;

import java.util.regex.Pattern;

/**
 * Removes secrets from text that is about to go into an exception message or a log line: the access token of the
 * call itself, and anything shaped like an Instagram token ({@code IGAA...}) or a Facebook token ({@code EAA...}).
 */
public final class SecretRedactor {

    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\b(IGAA|IGQV|EAA)[A-Za-z0-9_\\-]{8,}");
    private static final String MASK = "***";

    private final String secret;

    private SecretRedactor(String secret) {
        this.secret = secret;
    }

    /** A redactor that also removes the given secret wherever it appears. */
    public static SecretRedactor forSecret(String secret) {
        return new SecretRedactor(secret == null || secret.length() < 4 ? null : secret);
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = secret != null ? text.replace(secret, MASK) : text;
        return TOKEN_SHAPE.matcher(result).replaceAll(MASK);
    }
}
