package io.github.camelinstagram.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compares the {@code hub.verify_token} of a verification request with the configured verify token in constant time.
 * Both are hashed first, so that neither the content nor the length of the token shows in the time taken.
 */
public final class VerifyTokenMatcher {

    private final byte[] expectedDigest;

    public VerifyTokenMatcher(String verifyToken) {
        if (verifyToken == null || verifyToken.isEmpty()) {
            throw new IllegalArgumentException("a verify token is needed");
        }
        expectedDigest = digest(verifyToken);
    }

    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, digest(candidate));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "VerifyTokenMatcher[***]";
    }
}
