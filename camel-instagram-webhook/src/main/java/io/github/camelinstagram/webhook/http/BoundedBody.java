package io.github.camelinstagram.webhook.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Collects the bytes of a request body up to a limit. Sized from the declared Content-Length when there is one (up to
 * a cap, so that a false declaration costs little), so that a body usually lands in one array of its exact size and
 * is handed over without a further copy.
 */
final class BoundedBody {

    private static final int MAX_PREALLOCATION = 256 * 1024;
    private static final int DEFAULT_CAPACITY = 8 * 1024;

    private final long limit;
    private byte[] data;
    private int size;

    /**
     * @param declaredLength the Content-Length, or -1 when unknown
     * @param limit          the most bytes accepted (at most {@link Integer#MAX_VALUE} - 8)
     */
    BoundedBody(long declaredLength, long limit) {
        this.limit = Math.min(limit, Integer.MAX_VALUE - 8);
        long initial = declaredLength >= 0 ? Math.min(declaredLength, MAX_PREALLOCATION) : DEFAULT_CAPACITY;
        data = new byte[(int) Math.min(initial, this.limit)];
    }

    /** The declared Content-Length, or -1 when it is absent or not a number. */
    static long declaredLength(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return -1;
        }
        try {
            long length = Long.parseLong(contentLength.trim());
            return length >= 0 ? length : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Makes room for {@code length} more bytes; false when the body would exceed the limit. */
    boolean reserve(int length) {
        long needed = (long) size + length;
        if (needed > limit) {
            return false;
        }
        if (needed > data.length) {
            long grown = Math.max(needed, Math.min(limit, Math.max(1024L, 2L * data.length)));
            data = Arrays.copyOf(data, (int) grown);
        }
        return true;
    }

    /** The array to write reserved bytes into, at {@link #size()}. */
    byte[] array() {
        return data;
    }

    int size() {
        return size;
    }

    /** Counts {@code length} bytes written into the reserved room. */
    void advance(int length) {
        size += length;
    }

    /**
     * Reads the stream to its end.
     *
     * @return false when the stream has more bytes than the limit (reading stops at the first byte too many)
     */
    boolean readFrom(InputStream in) throws IOException {
        while (true) {
            if (size == data.length) {
                if (size >= limit) {
                    return in.read() < 0;
                }
                reserve(1);
            }
            int read = in.read(data, size, data.length - size);
            if (read < 0) {
                return true;
            }
            size += read;
        }
    }

    /** The bytes read; the array itself when it is exactly full. */
    byte[] toByteArray() {
        return size == data.length ? data : Arrays.copyOf(data, size);
    }
}
