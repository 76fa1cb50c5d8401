package io.github.camelinstagram.webhook.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw (still percent-encoded) query string, decoded strictly: {@code +} is a space, {@code %XX} a byte, the bytes
 * UTF-8. A bad escape or invalid UTF-8 makes the query malformed instead of being guessed at; a parameter without
 * {@code =} has an empty value.
 */
final class QueryString {

    private final Map<String, List<String>> parameters;

    private QueryString(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /**
     * @throws MalformedQueryException when an escape or the UTF-8 is invalid
     */
    static QueryString parse(String rawQuery) throws MalformedQueryException {
        Map<String, List<String>> parameters = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            int start = 0;
            while (start <= rawQuery.length()) {
                int end = rawQuery.indexOf('&', start);
                if (end < 0) {
                    end = rawQuery.length();
                }
                if (end > start) {
                    add(parameters, rawQuery, start, end);
                }
                start = end + 1;
            }
        }
        return new QueryString(parameters);
    }

    /** The value of a parameter that occurs exactly once; null when it is absent or repeated. */
    String single(String name) {
        List<String> values = parameters.get(name);
        return values != null && values.size() == 1 ? values.get(0) : null;
    }

    private static void add(Map<String, List<String>> parameters, String raw, int start, int end)
            throws MalformedQueryException {
        int equals = raw.indexOf('=', start);
        String name;
        String value;
        if (equals < 0 || equals >= end) {
            name = decode(raw, start, end);
            value = "";
        } else {
            name = decode(raw, start, equals);
            value = decode(raw, equals + 1, end);
        }
        parameters.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
    }

    private static String decode(String raw, int start, int end) throws MalformedQueryException {
        boolean plain = true;
        for (int i = start; i < end && plain; i++) {
            char c = raw.charAt(i);
            plain = c != '%' && c != '+' && c < 0x80;
        }
        if (plain) {
            return raw.substring(start, end);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= end) {
                    throw new MalformedQueryException("incomplete percent escape");
                }
                int high = hexDigit(raw.charAt(i + 1));
                int low = hexDigit(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new MalformedQueryException("invalid percent escape");
                }
                bytes.write((high << 4) | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // an engine that hands over an already decoded query: keep the character as UTF-8
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new MalformedQueryException("invalid character");
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static String utf8(byte[] bytes) throws MalformedQueryException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new MalformedQueryException("invalid UTF-8");
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The query string cannot be decoded. */
    static final class MalformedQueryException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedQueryException(String message) {
            super(message, null, false, false);
        }
    }
}
