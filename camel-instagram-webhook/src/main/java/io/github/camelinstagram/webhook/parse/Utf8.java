package io.github.camelinstagram.webhook.parse;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629): no stray or missing continuation bytes, no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF. Jackson's parser lets the last three through, so the payload is checked
 * before it is parsed. Pure ASCII, what Meta sends (it escapes everything else), is checked in one tight loop.
 */
final class Utf8 {

    private Utf8() {
    }

    static boolean isWellFormed(byte[] bytes) {
        int i = 0;
        int length = bytes.length;
        while (i < length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int consumed = sequence(bytes, i);
            if (consumed == 0) {
                return false;
            }
            i += consumed;
        }
        return true;
    }

    /** Length of the well-formed multi-byte sequence at {@code i}, or 0 when it is not one. */
    private static int sequence(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(bytes, i + 1) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (i + 2 >= bytes.length) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return second >= low && second <= high && continuation(bytes, i + 2) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (i + 3 >= bytes.length) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return second >= low && second <= high && continuation(bytes, i + 2) && continuation(bytes, i + 3) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte[] bytes, int i) {
        return i < bytes.length && (bytes[i] & 0xC0) == 0x80;
    }
}
