package io.github.camelinstagram.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureVerifierTest {

    private static final byte[] BODY = "{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void knownVector() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
        assertEquals("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                SignatureVerifier.sign("key",
                        "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void acceptsTheRightSignatureInEitherCase() {
        SignatureVerifier verifier = new SignatureVerifier(List.of("secret"));
        String signature = SignatureVerifier.sign("secret", BODY);
        assertTrue(verifier.verify(signature, BODY));
        assertTrue(verifier.verify(signature.toUpperCase(Locale.ROOT), BODY));
        assertTrue(verifier.verify(" " + signature + " ", BODY));
    }

    @Test
    void refusesMissingMalformedAndWrongSignatures() {
        SignatureVerifier verifier = new SignatureVerifier(List.of("secret"));
        String signature = SignatureVerifier.sign("secret", BODY);
        String hex = signature.substring(7);
        assertFalse(verifier.verify(null, BODY));
        assertFalse(verifier.verify("", BODY));
        assertFalse(verifier.verify("sha256=", BODY));
        assertFalse(verifier.verify(hex, BODY));
        assertFalse(verifier.verify("sha1=" + hex, BODY));
        assertFalse(verifier.verify("sha256=" + hex.substring(2), BODY));
        assertFalse(verifier.verify("sha256=" + hex + "00", BODY));
        assertFalse(verifier.verify("sha256=" + "z" + hex.substring(1), BODY));
        assertFalse(verifier.verify("sha256=" + "\u0663" + hex.substring(1), BODY));
        assertFalse(verifier.verify(SignatureVerifier.sign("other", BODY), BODY));
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] = ' ';
        assertFalse(verifier.verify(signature, tampered));
    }

    @Test
    void acceptsAnyOfSeveralSecrets() {
        SignatureVerifier verifier = new SignatureVerifier(List.of("instagram-app-secret", "meta-app-secret"));
        assertTrue(verifier.verify(SignatureVerifier.sign("instagram-app-secret", BODY), BODY));
        assertTrue(verifier.verify(SignatureVerifier.sign("meta-app-secret", BODY), BODY));
        assertFalse(verifier.verify(SignatureVerifier.sign("third", BODY), BODY));
    }

    @Test
    void signsTheRawBytesWhereMetaEscapesNonAscii() throws Exception {
        // Meta signs the bytes it sends, with non-ASCII characters escaped as \\uXXXX
        byte[] sent = "{\"text\":\"caf\\u00e9 \\u2713 \\ud83d\\ude00\"}".getBytes(StandardCharsets.US_ASCII);
        String signature = SignatureVerifier.sign("secret", sent);
        SignatureVerifier verifier = new SignatureVerifier(List.of("secret"));
        assertTrue(verifier.verify(signature, sent));
        // the same JSON written again (as a framework would after parsing) has other bytes: its signature differs
        ObjectMapper mapper = new ObjectMapper();
        byte[] rewritten = mapper.writeValueAsBytes(mapper.readTree(sent));
        assertEquals(mapper.readTree(sent), mapper.readTree(rewritten));
        assertNotEquals(new String(sent, StandardCharsets.UTF_8), new String(rewritten, StandardCharsets.UTF_8));
        assertFalse(verifier.verify(signature, rewritten));
    }

    @Test
    void needsASecretAndNeverShowsIt() {
        assertThrows(IllegalArgumentException.class, () -> new SignatureVerifier(List.of()));
        assertFalse(new SignatureVerifier(List.of("s3cr3t-value")).toString().contains("s3cr3t-value"));
    }

    @Test
    void verifyTokenMatcher() {
        VerifyTokenMatcher matcher = new VerifyTokenMatcher("token-123");
        assertTrue(matcher.matches("token-123"));
        assertFalse(matcher.matches("token-12"));
        assertFalse(matcher.matches("token-1234"));
        assertFalse(matcher.matches(""));
        assertFalse(matcher.matches(null));
        assertFalse(matcher.toString().contains("token-123"));
        assertThrows(IllegalArgumentException.class, () -> new VerifyTokenMatcher(""));
    }
}
