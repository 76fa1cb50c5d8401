package io.github.camelinstagram.sandbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublishingTest {

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create()
            .configure(b -> b.videoProcessingTime(Duration.ofMillis(400)).publishingQuota(3));

    private Http http() {
        return new Http(sandbox.baseUrl());
    }

    private Http.Answer create(Map<String, String> params) {
        return http().postForm("/v25.0/" + sandbox.accountId() + "/media", sandbox.accessToken(), params);
    }

    private String container(Map<String, String> params) {
        Http.Answer answer = create(params);
        assertEquals(200, answer.status(), answer.text());
        return answer.json().path("id").asText();
    }

    private JsonNode status(String containerId) {
        return http().get("/v25.0/" + containerId + "?fields=status_code,status", sandbox.accessToken()).json();
    }

    private Http.Answer publish(String containerId) {
        return http().postForm("/v25.0/" + sandbox.accountId() + "/media_publish", sandbox.accessToken(),
                Map.of("creation_id", containerId));
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void anImageIsFinishedAtOnceAndPublishedOnce() {
        String id = container(params("image_url", "https://cdn.example.com/tote.jpg", "caption", "New tote #bags",
                "alt_text", "A blue tote"));
        assertEquals("FINISHED", status(id).path("status_code").asText());
        Http.Answer published = publish(id);
        assertEquals(200, published.status(), published.text());
        String mediaId = published.json().path("id").asText();
        JsonNode media = http().get("/v25.0/" + mediaId + "?fields=caption,media_type,media_product_type,alt_text,"
                                    + "media_url,permalink,username", sandbox.accessToken()).json();
        assertEquals("New tote #bags", media.path("caption").asText());
        assertEquals("IMAGE", media.path("media_type").asText());
        assertEquals("FEED", media.path("media_product_type").asText());
        assertEquals("sandbox_shop", media.path("username").asText());
        assertEquals("PUBLISHED", status(id).path("status_code").asText());
        assertEquals(100, publish(id).error().path("code").asInt());
        JsonNode limit = http().get("/v25.0/" + sandbox.accountId() + "/content_publishing_limit",
                sandbox.accessToken()).json().path("data").get(0);
        assertEquals(1, limit.path("quota_usage").asInt());
        assertEquals(3, limit.path("config").path("quota_total").asInt());
        assertEquals(86400, limit.path("config").path("quota_duration").asInt());
    }

    @Test
    void aReelIsNotReadyUntilProcessedThenPublishesAsVideoReels() {
        String id = container(params("media_type", "REELS", "video_url", "https://cdn.example.com/clip.mp4",
                "caption", "Packing"));
        assertEquals("IN_PROGRESS", status(id).path("status_code").asText());
        Http.Answer early = publish(id);
        assertEquals(400, early.status());
        assertEquals(9007, early.error().path("code").asInt());
        assertEquals(2207027, early.error().path("error_subcode").asInt());
        assertEquals("Media Not Ready For Publishing", early.error().path("error_user_title").asText());
        await().atMost(Duration.ofSeconds(5)).until(() -> "FINISHED".equals(status(id).path("status_code").asText()));
        String mediaId = publish(id).json().path("id").asText();
        JsonNode media = http().get("/v25.0/" + mediaId + "?fields=media_type,media_product_type,thumbnail_url,"
                                    + "is_shared_to_feed", sandbox.accessToken()).json();
        assertEquals("VIDEO", media.path("media_type").asText());
        assertEquals("REELS", media.path("media_product_type").asText());
        assertTrue(media.path("is_shared_to_feed").asBoolean());
        assertTrue(media.has("thumbnail_url"));
    }

    @Test
    void aCarouselFinishesWithItsChildrenAndCountsOnceInTheQuota() {
        String image = container(params("image_url", "https://cdn.example.com/1.jpg", "is_carousel_item", "true"));
        String video = container(params("media_type", "VIDEO", "video_url", "https://cdn.example.com/2.mp4",
                "is_carousel_item", "true"));
        String carousel = container(params("media_type", "CAROUSEL", "children", image + "," + video,
                "caption", "Two in one"));
        assertEquals("IN_PROGRESS", status(carousel).path("status_code").asText());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "FINISHED".equals(status(carousel).path("status_code").asText()));
        String mediaId = publish(carousel).json().path("id").asText();
        JsonNode media = http().get("/v25.0/" + mediaId + "?fields=media_type,children{media_type}",
                sandbox.accessToken()).json();
        assertEquals("CAROUSEL_ALBUM", media.path("media_type").asText());
        assertEquals("VIDEO", media.path("children").path("data").get(1).path("media_type").asText());
        assertEquals(1, http().get("/v25.0/me/content_publishing_limit?fields=quota_usage", sandbox.accessToken())
                .json().path("data").get(0).path("quota_usage").asInt());
    }

    @Test
    void invalidContainersAreRefusedWithTheDocumentedCodes() {
        String item = container(params("image_url", "https://cdn.example.com/1.jpg", "is_carousel_item", "true"));
        Http.Answer oneChild = create(params("media_type", "CAROUSEL", "children", item));
        assertEquals(100, oneChild.error().path("code").asInt());
        assertEquals(2207028, oneChild.error().path("error_subcode").asInt());
        Http.Answer unknownType = create(params("media_type", "HOLOGRAM", "image_url", "https://x.example/a.jpg"));
        assertEquals(2207023, unknownType.error().path("error_subcode").asInt());
        Http.Answer longCaption = create(params("image_url", "https://x.example/a.jpg", "caption", "x".repeat(2201)));
        assertEquals(36004, longCaption.error().path("code").asInt());
        assertEquals(2207010, longCaption.error().path("error_subcode").asInt());
        Http.Answer noUrl = create(params("media_type", "REELS"));
        assertEquals(100, noUrl.error().path("code").asInt());
        Http.Answer reelItem = create(params("media_type", "REELS", "video_url", "https://x.example/a.mp4",
                "is_carousel_item", "true"));
        assertEquals(2207023, reelItem.error().path("error_subcode").asInt());
        Http.Answer missing = publish("17889999999999999");
        assertEquals(24, missing.error().path("code").asInt());
        assertEquals(2207008, missing.error().path("error_subcode").asInt());
    }

    @Test
    void anUnfetchableUrlEndsInErrorWithItsSubcode() {
        String id = container(params("image_url", "https://cdn.example.com/fail.jpg"));
        JsonNode status = status(id);
        assertEquals("ERROR", status.path("status_code").asText());
        assertTrue(status.path("status").asText().endsWith("2207052"), status.toString());
        Http.Answer publish = publish(id);
        assertEquals(9004, publish.error().path("code").asInt());
        assertEquals(2207052, publish.error().path("error_subcode").asInt());
        String png = container(params("image_url", "https://cdn.example.com/pic.png"));
        assertTrue(status(png).path("status").asText().endsWith("2207005"));
        String forced = container(params("image_url", "https://cdn.example.com/pic.jpg?sandbox_error=2207009"));
        assertTrue(status(forced).path("status").asText().endsWith("2207009"));
    }

    @Test
    void anUnpublishedContainerExpiresAfterADay() {
        String id = container(params("image_url", "https://cdn.example.com/late.jpg"));
        sandbox.server().advanceClock(Duration.ofHours(24));
        assertEquals("EXPIRED", status(id).path("status_code").asText());
        Http.Answer publish = publish(id);
        assertEquals(2207008, publish.error().path("error_subcode").asInt());
    }

    @Test
    void theDailyQuotaStopsPublishingThenRollsOver() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, publish(container(params("image_url", "https://cdn.example.com/" + i + ".jpg")))
                    .status());
        }
        String fourth = container(params("image_url", "https://cdn.example.com/4.jpg"));
        Http.Answer refused = publish(fourth);
        assertEquals(9, refused.error().path("code").asInt());
        assertEquals(2207042, refused.error().path("error_subcode").asInt());
        sandbox.server().advanceClock(Duration.ofHours(23));
        String fresh = container(params("image_url", "https://cdn.example.com/5.jpg"));
        sandbox.server().advanceClock(Duration.ofHours(2));
        assertEquals(200, publish(fresh).status());
    }

    @Test
    void aResumableUploadStartsProcessingWhenAllBytesArrived() {
        Http.Answer created = create(params("media_type", "REELS", "upload_type", "resumable", "caption", "Local"));
        String id = created.json().path("id").asText();
        String uri = created.json().path("uri").asText();
        assertEquals(sandbox.baseUrl() + "/ig-api-upload/v25.0/" + id, uri);
        assertEquals("IN_PROGRESS", status(id).path("status_code").asText());
        byte[] bytes = new byte[1000];
        Http.Answer firstHalf = upload(uri, 0, bytes.length, new byte[600]);
        assertEquals(200, firstHalf.status(), firstHalf.text());
        Http.Answer wrongOffset = upload(uri, 0, bytes.length, new byte[400]);
        assertEquals("ProcessingFailedError", wrongOffset.json().path("debug_info").path("type").asText());
        Http.Answer rest = upload(uri, 600, bytes.length, new byte[400]);
        assertEquals("Upload successful.", rest.json().path("message").asText());
        assertTrue(rest.json().path("success").asBoolean());
        await().atMost(Duration.ofSeconds(5)).until(() -> "FINISHED".equals(status(id).path("status_code").asText()));
        Http.Answer badToken = http().send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "OAuth x")
                .header("file_url", "https://cdn.example.com/a.mp4").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, badToken.status());
    }

    private Http.Answer upload(String uri, long offset, long fileSize, byte[] chunk) {
        return http().send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "OAuth " + sandbox.accessToken())
                .header("offset", Long.toString(offset)).header("file_size", Long.toString(fileSize))
                .POST(HttpRequest.BodyPublishers.ofByteArray(chunk)));
    }
}
