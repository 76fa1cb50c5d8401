package io.github.camelinstagram.support;

import java.util.Locale;

/**
 * Parses sizes written as bytes ({@code 1048576}) or with a binary unit ({@code 512KB}, {@code 4MB}, {@code 1GB},
 * {@code 100B}); {@code 4MB} is 4 x 1024 x 1024 bytes.
 */
public final class ByteSize {

    private ByteSize() {
    }

    /**
     * The number of bytes, or {@code defaultValue} when {@code text} is null or blank.
     *
     * @throws IllegalArgumentException when the text is not a size
     */
    public static long parse(String text, long defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        String value = text.trim().toUpperCase(Locale.ROOT);
        long multiplier = 1;
        if (value.endsWith("KB")) {
            multiplier = 1024L;
        } else if (value.endsWith("MB")) {
            multiplier = 1024L * 1024;
        } else if (value.endsWith("GB")) {
            multiplier = 1024L * 1024 * 1024;
        }
        if (multiplier > 1) {
            value = value.substring(0, value.length() - 2).trim();
        } else if (value.endsWith("B")) {
            value = value.substring(0, value.length() - 1).trim();
        }
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new IllegalArgumentException("A size cannot be negative: " + text);
            }
            return Math.multiplyExact(number, multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a size (bytes, or a number followed by KB, MB or GB): " + text, e);
        }
    }
}
