package io.github.camelinstagram.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook bodies as Meta does: HMAC of the exact bytes sent, keyed with the app secret, in lower-case hex. */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    /** {@code X-Hub-Signature-256}: {@code sha256=<hex HMAC-SHA256>}. */
    public static String sha256(String secret, byte[] body) {
        return "sha256=" + hmac("HmacSHA256", secret, body);
    }

    /** {@code X-Hub-Signature} (legacy): {@code sha1=<hex HMAC-SHA1>}. */
    public static String sha1(String secret, byte[] body) {
        return "sha1=" + hmac("HmacSHA1", secret, body);
    }

    private static String hmac(String algorithm, String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Cannot compute " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
