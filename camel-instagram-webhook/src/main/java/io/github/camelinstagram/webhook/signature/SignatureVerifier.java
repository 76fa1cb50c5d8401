package io.github.camelinstagram.webhook.signature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Hub-Signature-256: sha256=<hex>}: the HMAC-SHA256 of the exact raw request bytes, keyed with one
 * of the configured app secrets, compared in constant time ({@link MessageDigest#isEqual}). The check can be fed the
 * body as it arrives ({@link #start(String)}), so that a body is verified without being gathered first, and a request
 * whose header is missing or malformed is refused before its body is read at all.
 */
public final class SignatureVerifier {

    /** The header Meta signs webhook requests with. */
    public static final String HEADER = "X-Hub-Signature-256";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final int DIGEST_LENGTH = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final Mac[] prototypes;

    /**
     * @param secrets the accepted secrets; at least one
     */
    public SignatureVerifier(List<String> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one app secret is needed to verify signatures");
        }
        prototypes = new Mac[secrets.size()];
        try {
            for (int i = 0; i < prototypes.length; i++) {
                prototypes[i] = Mac.getInstance(ALGORITHM);
                prototypes[i].init(new SecretKeySpec(secrets.get(i).getBytes(StandardCharsets.UTF_8), ALGORITHM));
            }
            // fail at start, not on the first request, if the provider cannot copy an initialised Mac
            prototypes[0].clone();
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Starts checking a request whose signature header is the given one.
     *
     * @return the check to feed the body to, or null when the header is missing or not a SHA-256 signature (the
     *         request can be refused at once)
     */
    public Check start(String signatureHeader) {
        byte[] expected = parse(signatureHeader);
        return expected == null ? null : new Check(expected, copies());
    }

    /**
     * Whether {@code signatureHeader} is a valid signature of {@code body} under one of the secrets.
     *
     * @param signatureHeader the value of X-Hub-Signature-256, possibly null
     * @param body            the raw request bytes, exactly as received
     */
    public boolean verify(String signatureHeader, byte[] body) {
        Check check = start(signatureHeader);
        if (check == null) {
            return false;
        }
        check.update(ByteBuffer.wrap(body));
        return check.matches();
    }

    /** The HMAC-SHA256 of {@code body} with the given secret, as {@code sha256=<hex>}: for tests and tools. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HEX.formatHex(mac.doFinal(body));
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
        try {
            return HEX.parseHex(value, PREFIX.length(), value.length());
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private Mac[] copies() {
        Mac[] macs = new Mac[prototypes.length];
        try {
            for (int i = 0; i < macs.length; i++) {
                macs[i] = (Mac) prototypes[i].clone();
            }
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be copied", e);
        }
        return macs;
    }

    @Override
    public String toString() {
        return "SignatureVerifier[" + prototypes.length + " secret(s)]";
    }

    /** The signature check of one request, fed its body part by part as the parts arrive. Not thread-safe. */
    public static final class Check {
        private final byte[] expected;
        private final Mac[] macs;

        private Check(byte[] expected, Mac[] macs) {
            this.expected = expected;
            this.macs = macs;
        }

        /** Adds the next bytes of the body. */
        public void update(ByteBuffer part) {
            for (Mac mac : macs) {
                mac.update(part.duplicate());
            }
        }

        /** Whether the body fed so far is signed with one of the secrets; every secret is tried, in constant time. */
        public boolean matches() {
            boolean valid = false;
            for (Mac mac : macs) {
                valid |= MessageDigest.isEqual(mac.doFinal(), expected);
            }
            return valid;
        }
    }
}
