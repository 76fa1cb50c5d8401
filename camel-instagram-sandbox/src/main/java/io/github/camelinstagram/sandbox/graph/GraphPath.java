package io.github.camelinstagram.sandbox.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Graph request path split into its optional version prefix ({@code /v25.0}, any {@code vNN.N}) and its decoded
 * segments.
 *
 * @param versionPath {@code /v25.0}, or empty
 * @param segments    the decoded segments after the version
 */
public record GraphPath(String versionPath, List<String> segments) {

    private static final Pattern VERSION = Pattern.compile("v\\d+(\\.\\d+)?");

    public static GraphPath parse(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        String version = "";
        if (!segments.isEmpty() && VERSION.matcher(segments.get(0)).matches()) {
            version = "/" + segments.remove(0);
        }
        return new GraphPath(version, List.copyOf(segments));
    }

    /** The path without its version, e.g. {@code /17841400000000001/media}. */
    public String unversioned() {
        return "/" + String.join("/", segments);
    }
}
