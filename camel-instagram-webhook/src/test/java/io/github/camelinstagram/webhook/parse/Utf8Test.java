package io.github.camelinstagram.webhook.parse;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8Test {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void acceptsWellFormedText() {
        assertTrue(Utf8.isWellFormed(new byte[0]));
        assertTrue(Utf8.isWellFormed("plain ascii {\"a\":1}".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Utf8.isWellFormed("caf\u00e9 \u2713 \uD83D\uDE00 \u0645 \uFFFD".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Utf8.isWellFormed(bytes(0xEF, 0xBB, 0xBF, '{', '}')));
        assertTrue(Utf8.isWellFormed(bytes(0xF4, 0x8F, 0xBF, 0xBF)));
        assertTrue(Utf8.isWellFormed(bytes(0xED, 0x9F, 0xBF)));
    }

    @Test
    void refusesMalformedSequences() {
        assertFalse(Utf8.isWellFormed(bytes(0xC3, 0x28)), "bad continuation");
        assertFalse(Utf8.isWellFormed(bytes(0x80)), "stray continuation");
        assertFalse(Utf8.isWellFormed(bytes(0xFF)), "never valid");
        assertFalse(Utf8.isWellFormed(bytes(0xC0, 0xAF)), "overlong 2 bytes");
        assertFalse(Utf8.isWellFormed(bytes(0xE0, 0x80, 0xAF)), "overlong 3 bytes");
        assertFalse(Utf8.isWellFormed(bytes(0xF0, 0x80, 0x80, 0xAF)), "overlong 4 bytes");
        assertFalse(Utf8.isWellFormed(bytes(0xED, 0xA0, 0x80)), "encoded surrogate");
        assertFalse(Utf8.isWellFormed(bytes(0xF4, 0x90, 0x80, 0x80)), "above U+10FFFF");
        assertFalse(Utf8.isWellFormed(bytes('a', 0xE2, 0x82)), "truncated at the end");
        assertFalse(Utf8.isWellFormed(bytes(0xF0, 0x9F, 0x98, 'x')), "truncated in the middle");
    }
}
