package io.github.camelinstagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad publishing input is refused with an {@link IllegalArgumentException} that says what to fix, and nothing is sent:
 * not even the {@code /me} lookup of the account (no account is configured here).
 */
class PublishingValidationTest extends WireMockTestSupport {

    private static final String IMAGE_URL = InstagramConstants.IMAGE_URL;
    private static final String VIDEO_URL = InstagramConstants.VIDEO_URL;
    private static final String ITEMS = InstagramConstants.CAROUSEL_ITEMS;
    private static final String GOOD = "https://cdn.example.com/a.jpg";

    @TempDir
    static Path files;

    static Stream<Arguments> badInputs() throws Exception {
        Path jpeg = Files.write(files.resolve("photo.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1 });
        Path unnamedJpeg = Files.write(files.resolve("upload.bin"), new byte[] { (byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, 1, 2, 3 });
        return Stream.of(
                args("publish", "no media URL", null, new Object[0], "No media URL", IMAGE_URL),
                args("publish", "blank media URL", null, new Object[] { IMAGE_URL, "  " }, "No media URL", IMAGE_URL),
                args("publish?mediaType=REELS", "reel without video", "caption", new Object[0], "No media URL",
                        VIDEO_URL),
                args("publish?mediaType=STORIES", "story without media", null, new Object[0], "No media URL",
                        VIDEO_URL),
                args("publish", "relative URL", null, new Object[] { IMAGE_URL, "images/bread.jpg" }, "relative",
                        "images/bread.jpg"),
                args("publish", "ftp URL", null, new Object[] { IMAGE_URL, "ftp://cdn.example.com/a.jpg" },
                        "http or https", "ftp"),
                args("publish", "file URL", null, new Object[] { IMAGE_URL, "file:///tmp/a.jpg" }, "http or https",
                        "file"),
                args("publish", "URL without host", null, new Object[] { IMAGE_URL, "https:///a.jpg" }, "host",
                        IMAGE_URL),
                args("publish?mediaType=REELS", "relative reel URL", null, new Object[] { VIDEO_URL, "/v/reel.mp4" },
                        "relative", VIDEO_URL),
                args("publish?mediaType=REELS", "cover not http", null, new Object[] { VIDEO_URL,
                    "https://cdn.example.com/r.mp4", InstagramConstants.COVER_URL, "cover.jpg" }, "cover URL",
                        "relative"),
                args("publish", "video URL for an image post", null, new Object[] { VIDEO_URL,
                    "https://cdn.example.com/r.mp4" }, "REELS", IMAGE_URL),
                args("publish?mediaType=STORIES", "story with two media", null, new Object[] { VIDEO_URL,
                    "https://cdn.example.com/r.mp4", IMAGE_URL, GOOD }, "only one", VIDEO_URL),
                args("publish", "unknown media type", null, new Object[] { InstagramConstants.MEDIA_TYPE, "VIDEO",
                    IMAGE_URL, GOOD }, "Unknown media type 'VIDEO'", "CAROUSEL"),
                args("publish?mediaType=CAROUSEL", "carousel without items", null, new Object[0], ITEMS, "2 to 10"),
                args("publish?mediaType=CAROUSEL", "carousel of 1", null, new Object[] { ITEMS, List.of(GOOD) },
                        "has 1", "2 to 10"),
                args("publish?mediaType=CAROUSEL", "carousel of 11", null, new Object[] { ITEMS,
                    Collections.nCopies(11, GOOD) }, "has 11", "2 to 10"),
                args("publish?mediaType=CAROUSEL", "carousel items not a list", null, new Object[] { ITEMS,
                    "https://a.example.com/1.jpg,https://a.example.com/2.jpg" }, "must be a List", ITEMS),
                args("publish?mediaType=CAROUSEL", "reel inside a carousel", null, new Object[] { ITEMS,
                    List.of(GOOD, Map.of("videoUrl", "https://cdn.example.com/r.mp4", "mediaType", "REELS")) },
                        "Carousel item 2 is a reel", "reels cannot be carousel items"),
                args("publish?mediaType=CAROUSEL", "relative carousel item", null, new Object[] { ITEMS,
                    List.of(GOOD, "two.jpg") }, "Carousel item 2", "relative"),
                args("publish?mediaType=CAROUSEL", "carousel item with both URLs", null, new Object[] { ITEMS,
                    List.of(GOOD, Map.of("imageUrl", GOOD, "videoUrl", "https://cdn.example.com/r.mp4")) },
                        "Carousel item 2", "both"),
                args("publish?mediaType=CAROUSEL", "carousel item local image", null, new Object[] { ITEMS,
                    List.of(GOOD, jpeg) }, "Carousel item 2 is a local image", "public http(s) URL"),
                args("publish", "caption of 2,201 characters", "x".repeat(2_201), new Object[] { IMAGE_URL, GOOD },
                        "2201 characters", "at most 2200"),
                args("publish", "31 hashtags", tags("#", 31), new Object[] { IMAGE_URL, GOOD }, "31 hashtags",
                        "at most 30"),
                args("publish", "21 mentions", tags("@", 21), new Object[] { IMAGE_URL, GOOD }, "21 @-mentions",
                        "at most 20"),
                args("publish", "long caption header", "ok", new Object[] { IMAGE_URL, GOOD,
                    InstagramConstants.CAPTION, "y".repeat(2_300) }, "header " + InstagramConstants.CAPTION,
                        "2300 characters"),
                args("publish?mediaType=REELS", "local image as a reel", jpeg, new Object[0], "local image",
                        "videos only"),
                args("publish?mediaType=STORIES", "local image sniffed", unnamedJpeg, new Object[0], "local image",
                        "videos only"),
                args("publish?mediaType=REELS", "missing local file", files.resolve("gone.mp4"), new Object[0],
                        "gone.mp4", "does not exist"),
                args("publish?mediaType=REELS", "empty bytes", new byte[0], new Object[0], "empty byte[]", "video"),
                args("publish", "user tags not JSON", null, new Object[] { IMAGE_URL, GOOD,
                    InstagramConstants.USER_TAGS, "shop" }, InstagramConstants.USER_TAGS, "JSON array"),
                args("publish?mediaType=REELS", "negative thumb offset", null, new Object[] { VIDEO_URL,
                    "https://cdn.example.com/r.mp4", InstagramConstants.THUMB_OFFSET, -5 }, "thumb offset", "-5"),
                args("publish?mediaType=REELS", "share to feed not boolean", null, new Object[] { VIDEO_URL,
                    "https://cdn.example.com/r.mp4", InstagramConstants.SHARE_TO_FEED, "yes" },
                        InstagramConstants.SHARE_TO_FEED, "true or false"),
                args("createContainer", "createContainer without media", null, new Object[0], "No media URL",
                        IMAGE_URL),
                args("getContainerStatus", "status without container", null, new Object[0],
                        InstagramConstants.MEDIA_ID, "container id"),
                args("publishContainer", "publishContainer without container", null, new Object[0],
                        InstagramConstants.MEDIA_ID, "container to publish"));
    }

    private static Arguments args(String operation, String name, Object body, Object[] headers, String first,
                                  String second) {
        return Arguments.of(operation, name, body, headers, first, second);
    }

    private static String tags(String sign, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(sign + "word" + i);
        }
        return String.join(" ", words);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInputs")
    void refusedWithWhatToFixAndNothingSent(String operation, String name, Object body, Object[] headers,
                                            String first, String second) {
        Exchange exchange = send("instagram:" + operation, body, headers);

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains(first), error.getMessage());
        assertTrue(error.getMessage().contains(second), error.getMessage());
        assertEquals(0, requestCount(), "nothing may be sent");
    }

    @Test
    void invalidOptionsAreRefusedAtStart() {
        for (String options : List.of("publishTimeout=0", "pollInitialDelay=0", "pollMaxInterval=10&pollInitialDelay=50",
                "uploadBaseUrl=rupload.facebook.com", "thumbOffset=-1")) {
            Throwable cause;
            try {
                cause = send("instagram:publish?" + options, null, IMAGE_URL, GOOD).getException();
            } catch (RuntimeException startFailure) {
                cause = startFailure;
            }
            assertTrue(cause != null, options);
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            assertInstanceOf(IllegalArgumentException.class, cause, options);
            String option = options.replaceAll("=.*", "");
            assertTrue(cause.getMessage().contains(option), cause.getMessage());
        }
        assertEquals(0, requestCount());
    }
}
