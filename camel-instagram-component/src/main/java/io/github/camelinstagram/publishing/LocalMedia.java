package io.github.camelinstagram.publishing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import io.github.camelinstagram.api.GraphRequest;
import org.apache.camel.WrappedFile;

/**
 * A media file on this machine, to be sent with the resumable upload protocol instead of being downloaded by Instagram
 * from a URL: a {@link File}, a {@link Path}, a Camel {@link WrappedFile} (the body of a {@code file:} consumer) or the
 * bytes themselves. Instagram takes local uploads for videos only, so an image is recognised (by its extension, else by
 * its first bytes) and refused before anything is sent.
 */
public final class LocalMedia {

    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "m4v");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "heic", "heif",
            "bmp", "avif");
    private static final Set<String> IMAGE_BRANDS = Set.of("heic", "heix", "mif1", "msf1", "avif");
    private static final int HEADER_LENGTH = 12;

    private final Path file;
    private final byte[] bytes;
    private final long size;
    private final boolean image;

    private LocalMedia(Path file, byte[] bytes, long size, boolean image) {
        this.file = file;
        this.bytes = bytes;
        this.size = size;
        this.image = image;
    }

    /**
     * The local media held by the value, or null when it is not a local file ({@code String} URLs and captions, maps,
     * null).
     *
     * @param what where the value came from (the body, a carousel item), for error messages
     * @throws IllegalArgumentException when the file does not exist, cannot be read or is empty
     */
    public static LocalMedia of(Object value, String what) {
        if (value instanceof WrappedFile<?> wrapped) {
            value = wrapped.getFile();
        }
        if (value instanceof File f) {
            value = f.toPath();
        }
        if (value instanceof Path path) {
            return ofFile(path, what);
        }
        if (value instanceof byte[] data) {
            if (data.length == 0) {
                throw new IllegalArgumentException(what + " is an empty byte[]: it must hold the video to upload");
            }
            return new LocalMedia(null, data, data.length, looksLikeImage(Arrays.copyOf(data,
                    Math.min(data.length, HEADER_LENGTH))));
        }
        return null;
    }

    private static LocalMedia ofFile(Path path, String what) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException(what + " names the file " + path + ", which does not exist or cannot be"
                                               + " read");
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw new IllegalArgumentException(what + " names the empty file " + path);
            }
            String extension = extension(path.getFileName().toString());
            boolean image = IMAGE_EXTENSIONS.contains(extension)
                            || !VIDEO_EXTENSIONS.contains(extension) && looksLikeImage(header(path));
            return new LocalMedia(path, null, size, image);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " names the file " + path + ", which cannot be read: "
                                               + e.getMessage(), e);
        }
    }

    /** Whether the media is an image, which Instagram does not take as a local upload. */
    public boolean isImage() {
        return image;
    }

    /** Size in bytes, sent as {@code file_size}. */
    public long size() {
        return size;
    }

    /** Puts the content in the request's body: streamed from the file, or the bytes. */
    public GraphRequest attachTo(GraphRequest request) {
        return file != null ? request.binary(file) : request.binary(bytes);
    }

    /** The file name, or the size of the bytes: for messages. */
    public String describe() {
        return file != null ? file.toString() : "byte[] of " + size + " bytes";
    }

    @Override
    public String toString() {
        return "LocalMedia{" + describe() + "}";
    }

    /**
     * Whether the first bytes are those of an image: JPEG, PNG, GIF, WebP, BMP, or an ISO media file (like MP4) whose
     * brand is an image one (HEIC, AVIF).
     */
    static boolean looksLikeImage(byte[] header) {
        if (header.length >= 3 && (header[0] & 0xFF) == 0xFF && (header[1] & 0xFF) == 0xD8
            && (header[2] & 0xFF) == 0xFF) {
            return true;
        }
        String ascii = new String(header, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("\u0089PNG") || ascii.startsWith("GIF8") || ascii.startsWith("BM")) {
            return true;
        }
        if (ascii.startsWith("RIFF") && ascii.length() >= 12 && ascii.startsWith("WEBP", 8)) {
            return true;
        }
        return ascii.length() >= 12 && ascii.startsWith("ftyp", 4) && IMAGE_BRANDS.contains(ascii.substring(8, 12));
    }

    private static byte[] header(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEADER_LENGTH);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
