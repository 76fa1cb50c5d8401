package io.github.camelinstagram.sandbox.graph;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, without downloading anything, whether Meta could fetch and use a container's media URL. The container then
 * ends in ERROR (after its processing time) with the subcode in its {@code status}. In order:
 * <ol>
 * <li>not an absolute {@code http}/{@code https} URL, or any URL containing {@code fail} (any case): 2207052 (the
 * media could not be fetched);</li>
 * <li>a URL containing {@code timeout}: 2207003 (download timed out);</li>
 * <li>a query parameter {@code sandbox_error=<subcode>} naming a publishing subcode of the specification: that
 * subcode (e.g. {@code ?sandbox_error=2207009} for a bad aspect ratio);</li>
 * <li>an image whose path ends in {@code .png}, {@code .gif}, {@code .webp}, {@code .bmp}, {@code .heic},
 * {@code .tif} or {@code .tiff}: 2207005 (images must be JPEG);</li>
 * <li>a video whose path ends in {@code .avi}, {@code .wmv}, {@code .flv}, {@code .mkv} or {@code .webm}: 2207026
 * (videos must be MOV or MP4).</li>
 * </ol>
 * Every other URL is usable.
 */
public final class MediaUrlRule {

    private MediaUrlRule() {
    }

    /** The subcode the container fails with, or empty when the URL is usable. */
    public static Optional<Integer> failure(String url, boolean video) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of(PublishingError.URL_NOT_FETCHED.subcode());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String lower = url.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || lower.contains("fail")) {
            return Optional.of(PublishingError.URL_NOT_FETCHED.subcode());
        }
        if (lower.contains("timeout")) {
            return Optional.of(PublishingError.DOWNLOAD_TIMEOUT.subcode());
        }
        Optional<Integer> forced = forcedSubcode(uri.getRawQuery());
        if (forced.isPresent()) {
            return forced;
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (!video && endsWithAny(path, ".png", ".gif", ".webp", ".bmp", ".heic", ".tif", ".tiff")) {
            return Optional.of(PublishingError.UNSUPPORTED_IMAGE.subcode());
        }
        if (video && endsWithAny(path, ".avi", ".wmv", ".flv", ".mkv", ".webm")) {
            return Optional.of(PublishingError.UNSUPPORTED_VIDEO.subcode());
        }
        return Optional.empty();
    }

    private static Optional<Integer> forcedSubcode(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("sandbox_error=")) {
                try {
                    int subcode = Integer.parseInt(pair.substring("sandbox_error=".length()));
                    return PublishingError.bySubcode(subcode).map(PublishingError::subcode);
                } catch (NumberFormatException ignored) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithAny(String path, String... suffixes) {
        for (String suffix : suffixes) {
            if (path.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
