package io.github.camelinstagram.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Hub-Signature-256: sha256=<hex>}: the HMAC-SHA256 of the exact raw request bytes, keyed with one
 * of the configured app secrets, compared in constant time. The Mac instances are kept per thread, so a request costs
 * no provider look-up.
 */
public final class SignatureVerifier {

    /** The header Meta signs webhook requests with. */
    public static final String HEADER = "X-Hub-Signature-256";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final int DIGEST_LENGTH = 32;

    private final SecretKeySpec[] keys;
    private final ThreadLocal<Mac[]> macs;

    /**
     * @param secrets the accepted secrets; at least one
     */
    public SignatureVerifier(List<String> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one app secret is needed to verify signatures");
        }
        keys = new SecretKeySpec[secrets.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new SecretKeySpec(secrets.get(i).getBytes(StandardCharsets.UTF_8), ALGORITHM);
        }
        macs = ThreadLocal.withInitial(this::newMacs);
        // fail at start, not on the first request, if a key cannot be used
        newMacs();
    }

    /**
     * Whether {@code signatureHeader} is a valid signature of {@code body} under one of the secrets.
     *
     * @param signatureHeader the value of X-Hub-Signature-256, possibly null
     * @param body            the raw request bytes, exactly as received
     */
    public boolean verify(String signatureHeader, byte[] body) {
        byte[] expected = parse(signatureHeader);
        if (expected == null) {
            return false;
        }
        boolean valid = false;
        for (Mac mac : macs.get()) {
            byte[] actual = mac.doFinal(body);
            // every secret is tried, so that the time does not tell which one matched
            valid |= MessageDigest.isEqual(actual, expected);
        }
        return valid;
    }

    /** The HMAC-SHA256 of {@code body} with the given secret, as {@code sha256=<hex>}: for tests and tools. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + Hex.encode(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (value.length() != PREFIX.length() + 2 * DIGEST_LENGTH
            || !value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        return Hex.decode(value, PREFIX.length());
    }

    private Mac[] newMacs() {
        Mac[] result = new Mac[keys.length];
        try {
            for (int i = 0; i < keys.length; i++) {
                result[i] = Mac.getInstance(ALGORITHM);
                result[i].init(keys[i]);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
        return result;
    }

    @Override
    public String toString() {
        return "SignatureVerifier[" + keys.length + " secret(s)]";
    }
}
