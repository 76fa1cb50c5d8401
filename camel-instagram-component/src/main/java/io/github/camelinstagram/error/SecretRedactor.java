package io.github.camelinstagram.error;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that is about to go into an exception message or a log line: the access token of the
 * call itself, and anything shaped like an Instagram token ({@code IGAA...}) or a Facebook token ({@code EAA...}).
 */
public final class SecretRedactor {

    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\b(IGAA|IGQV|EAA)[A-Za-z0-9_\\-]{8,}");
    private static final String MASK = "***";

    private final List<String> secrets;

    private SecretRedactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A redactor that also removes the given secrets wherever they appear; null and very short values are ignored. */
    public static SecretRedactor forSecrets(Collection<String> secrets) {
        return new SecretRedactor(secrets.stream().filter(s -> s != null && s.length() >= 4).toList());
    }

    /** A redactor that also removes the given secret wherever it appears. */
    public static SecretRedactor forSecret(String secret) {
        return forSecrets(secret == null ? List.of() : List.of(secret));
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return TOKEN_SHAPE.matcher(result).replaceAll(MASK);
    }
}
