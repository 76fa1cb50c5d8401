package io.github.camelinstagram.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where one image or video comes from: a public URL that Instagram downloads, or a local video uploaded with the
 * resumable upload protocol.
 *
 * @param url   the public http(s) URL, or null for a local video
 * @param local the local video, or null for a URL
 * @param video whether the media is a video
 */
public record MediaSource(String url, LocalMedia local, boolean video) {

    private static final Set<String> VIDEO_EXTENSIONS = Set.of(".mp4", ".mov", ".m4v");
    private static final int SHOWN_URL_LENGTH = 200;

    /** An image at the given URL, checked; {@code what} names where it was given, for error messages. */
    public static MediaSource image(String url, String what) {
        return new MediaSource(requireHttpUrl(url, what), null, false);
    }

    /** A video at the given URL, checked. */
    public static MediaSource video(String url, String what) {
        return new MediaSource(requireHttpUrl(url, what), null, true);
    }

    /** A URL whose path ends in {@code .mp4}, {@code .mov} or {@code .m4v} is a video, anything else an image. */
    public static MediaSource byExtension(String url, String what) {
        String checked = requireHttpUrl(url, what);
        String path = URI.create(checked).getPath();
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return new MediaSource(checked, null, VIDEO_EXTENSIONS.stream().anyMatch(lower::endsWith));
    }

    /**
     * A local video.
     *
     * @throws IllegalArgumentException when the file is an image, which Instagram takes only from a URL
     */
    public static MediaSource local(LocalMedia media, String what) {
        if (media.isImage()) {
            throw localImageRefused(media, what);
        }
        return new MediaSource(null, media, true);
    }

    /** The refusal of a local image, which Instagram takes only from a URL. */
    public static IllegalArgumentException localImageRefused(LocalMedia media, String what) {
        return new IllegalArgumentException(what + " is a local image (" + media.describe() + "): Instagram uploads"
                                            + " local files for videos only (REELS, STORIES, carousel videos). Put the"
                                            + " image on a public http(s) URL and give that URL instead");
    }

    public boolean isLocal() {
        return local != null;
    }

    /**
     * The value, trimmed, when it is an absolute http or https URL with a host.
     *
     * @throws IllegalArgumentException saying what to fix, naming {@code what}
     */
    public static String requireHttpUrl(String value, String what) {
        String trimmed = value.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URL (" + e.getReason() + "): '" + shown(trimmed)
                                               + "'. Give the public http or https URL that Instagram downloads the"
                                               + " media from");
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException(what + " must be an absolute http or https URL that Instagram can"
                                               + " download, not the relative '" + shown(trimmed) + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(what + " must be an http or https URL that Instagram can download, not a "
                                               + scheme + ": URL ('" + shown(trimmed) + "')");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(what + " has no host: '" + shown(trimmed) + "'");
        }
        return trimmed;
    }

    private static String shown(String url) {
        return url.length() > SHOWN_URL_LENGTH ? url.substring(0, SHOWN_URL_LENGTH) + "..." : url;
    }
}
