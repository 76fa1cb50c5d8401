package io.github.camelinstagram.support;

import java.util.regex.Pattern;

/**
 * Masks the values of secret options in an endpoint URI, so that the URI Camel prints (route summaries, tracing, JMX,
 * {@code toString()}) never holds them. Camel's own sanitizing knows only well-known option names; {@code appSecret}
 * and {@code verifyToken} are not among them. Plain values, {@code RAW(...)} and {@code RAW{...}} are masked.
 */
public final class SecretUriMasker {

    private final Pattern secretOption;

    /**
     * @param optionNames the names of the secret options, matched without regard to case
     */
    public SecretUriMasker(String... optionNames) {
        this.secretOption = Pattern.compile("(?i)([?&](?:" + String.join("|", optionNames)
                                            + ")=)(RAW\\([^)]*\\)|RAW\\{[^}]*\\}|[^&]*)");
    }

    /** The URI with the value of every secret option replaced by {@code xxxxxx}. */
    public String mask(String uri) {
        if (uri == null || uri.indexOf('?') < 0) {
            return uri;
        }
        return secretOption.matcher(uri).replaceAll("$1xxxxxx");
    }
}
