package io.github.camelinstagram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelinstagram.model.ContainerStatus;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.PublishedMedia;
import io.github.camelinstagram.model.PublishingLimit;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each media type sends the documented container parameters, is published only once its container is FINISHED, and
 * answers the published media; the four single-step operations send and answer what the contract says.
 */
class PublishingWireTest extends PublishingTestSupport {

    private static final String BEARER = "Bearer " + TOKEN;

    @Test
    void imagePostWithEveryFeedOption() {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-img\"}")));
        stubStatus("c-img", "FINISHED");
        stubPublish("c-img", "m-img");

        Exchange exchange = ok(send("instagram:publish", "Fresh bread #bakery @baker",
                InstagramConstants.IMAGE_URL, "https://cdn.example.com/bread.jpg",
                InstagramConstants.ALT_TEXT, "A loaf on a board", InstagramConstants.LOCATION_ID, "110843418940484",
                InstagramConstants.USER_TAGS, List.of("baker", Map.of("username", "chef", "x", 0.2, "y", 0.8)),
                InstagramConstants.COLLABORATORS, "alice, @bob", InstagramConstants.ID, "stale"));

        PublishedMedia media = exchange.getMessage().getBody(PublishedMedia.class);
        assertEquals("m-img", media.getId());
        assertEquals("c-img", media.getContainerId());
        assertEquals("IMAGE", media.getMediaType());
        assertFalse(media.isConfirmedByStatus());
        assertEquals("m-img", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals("m-img", exchange.getMessage().getBody(IdResponse.class).getId());
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withHeader("Authorization", equalTo(BEARER))
                .withFormParam("image_url", equalTo("https://cdn.example.com/bread.jpg"))
                .withFormParam("caption", equalTo("Fresh bread #bakery @baker"))
                .withFormParam("alt_text", equalTo("A loaf on a board"))
                .withFormParam("location_id", equalTo("110843418940484"))
                .withFormParam("user_tags", equalToJson("[{\"username\":\"baker\"},"
                                                        + "{\"username\":\"chef\",\"x\":0.2,\"y\":0.8}]"))
                .withFormParam("collaborators", equalToJson("[\"alice\",\"bob\"]"))
                .withRequestBody(notContaining("media_type")).withRequestBody(notContaining("is_carousel_item")));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/c-img")).withQueryParam("fields",
                equalTo("status_code,status")).withHeader("Authorization", equalTo(BEARER)));
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA_PUBLISH)).withHeader("Authorization", equalTo(BEARER)));
        assertEquals(List.of(CREATE, status("c-img"), PUBLISH), calls());
        assertTokenNeverInUrl();
    }

    @Test
    void reelStaysInProgressTwiceAndIsPublishedOnlyOnceFinished() {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-reel\"}")));
        stubStatus("c-reel", "IN_PROGRESS", "IN_PROGRESS", "FINISHED");
        stubPublish("c-reel", "m-reel");

        Exchange exchange = ok(send("instagram:publish?mediaType=REELS&shareToFeed=false&altText=ignored", null,
                InstagramConstants.VIDEO_URL, "https://cdn.example.com/reel.mp4",
                InstagramConstants.CAPTION, "Behind the scenes", InstagramConstants.COVER_URL,
                "https://cdn.example.com/cover.jpg", InstagramConstants.THUMB_OFFSET, 1500L));

        assertEquals("m-reel", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(List.of(CREATE, status("c-reel"), status("c-reel"), status("c-reel"), PUBLISH), calls(),
                "three status checks, media_publish only after FINISHED");
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("REELS"))
                .withFormParam("video_url", equalTo("https://cdn.example.com/reel.mp4"))
                .withFormParam("caption", equalTo("Behind the scenes"))
                .withFormParam("cover_url", equalTo("https://cdn.example.com/cover.jpg"))
                .withFormParam("thumb_offset", equalTo("1500")).withFormParam("share_to_feed", equalTo("false"))
                .withRequestBody(notContaining("alt_text")).withRequestBody(notContaining("image_url")));
    }

    @Test
    void imageStorySendsNoCaption() {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-story\"}")));
        stubStatus("c-story", "FINISHED");
        stubPublish("c-story", "m-story");

        Exchange exchange = ok(send("instagram:publish", "not a caption: stories have none",
                InstagramConstants.MEDIA_TYPE, "stories", InstagramConstants.IMAGE_URL,
                "https://cdn.example.com/story.jpg"));

        assertEquals("STORIES", exchange.getMessage().getBody(PublishedMedia.class).getMediaType());
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("STORIES"))
                .withFormParam("image_url", equalTo("https://cdn.example.com/story.jpg"))
                .withRequestBody(notContaining("caption")).withRequestBody(notContaining("video_url")));
        assertEquals(List.of(CREATE, status("c-story"), PUBLISH), calls());
    }

    @Test
    void videoStory() {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-vstory\"}")));
        stubStatus("c-vstory", "IN_PROGRESS", "FINISHED");
        stubPublish("c-vstory", "m-vstory");

        ok(send("instagram:publish?mediaType=STORIES", null, InstagramConstants.VIDEO_URL,
                "https://cdn.example.com/story.mp4"));

        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("STORIES"))
                .withFormParam("video_url", equalTo("https://cdn.example.com/story.mp4"))
                .withRequestBody(notContaining("image_url")));
        assertEquals(List.of(CREATE, status("c-vstory"), status("c-vstory"), PUBLISH), calls());
    }

    @Test
    void carouselItemsAreCreatedAtOnceAndKeptInOrder() {
        // the first item answers last: its place among the children must not change
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/1.jpg"))
                .willReturn(json("{\"id\":\"i1\"}").withFixedDelay(600)));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("video_url", equalTo("https://cdn.example.com/2.mp4"))
                .willReturn(json("{\"id\":\"i2\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("video_url", equalTo("https://cdn.example.com/3.MOV?s=1"))
                .willReturn(json("{\"id\":\"i3\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/4.jpg"))
                .willReturn(json("{\"id\":\"i4\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("CAROUSEL"))
                .willReturn(json("{\"id\":\"car\"}")));
        stubStatus("i1", "FINISHED");
        stubStatus("i2", "IN_PROGRESS", "IN_PROGRESS", "FINISHED");
        stubStatus("i3", "FINISHED");
        stubStatus("i4", "IN_PROGRESS", "FINISHED");
        stubStatus("car", "FINISHED");
        stubPublish("car", "m-car");

        Exchange exchange = ok(send("instagram:publish?mediaType=CAROUSEL&locationId=7", "Four views #travel",
                InstagramConstants.CAROUSEL_ITEMS, List.of("https://cdn.example.com/1.jpg",
                        Map.of("videoUrl", "https://cdn.example.com/2.mp4"), "https://cdn.example.com/3.MOV?s=1",
                        Map.of("imageUrl", "https://cdn.example.com/4.jpg", "altText", "Fourth view",
                                "userTags", List.of("guide")))));

        PublishedMedia media = exchange.getMessage().getBody(PublishedMedia.class);
        assertEquals("m-car", media.getId());
        assertEquals("car", media.getContainerId());
        assertEquals(List.of("i1", "i2", "i3", "i4"), media.getChildContainerIds());
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("CAROUSEL"))
                .withFormParam("children", equalTo("i1,i2,i3,i4")).withFormParam("caption", equalTo("Four views #travel"))
                .withFormParam("location_id", equalTo("7")));
        wireMock.verify(4, postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("is_carousel_item", equalTo("true"))
                .withRequestBody(notContaining("caption")));
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("VIDEO"))
                .withFormParam("is_carousel_item", equalTo("true")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("image_url",
                equalTo("https://cdn.example.com/4.jpg")).withFormParam("alt_text", equalTo("Fourth view"))
                .withFormParam("user_tags", equalToJson("[{\"username\":\"guide\"}]"))
                .withFormParam("media_type", absent()));

        List<String> calls = calls();
        int parent = indexOfCarouselCreation();
        for (String item : List.of("i1", "i2", "i3", "i4")) {
            assertTrue(calls.lastIndexOf(status(item)) < parent, item + " polled until FINISHED before the carousel");
        }
        assertEquals(3, count(status("i2")));
        assertEquals(1, count(status("car")));
        assertEquals(1, count(PUBLISH));
        assertEquals(PUBLISH, calls.get(calls.size() - 1));
        long firstItemArrival = arrivalOfItem("https://cdn.example.com/1.jpg");
        for (String url : List.of("https://cdn.example.com/2.mp4", "https://cdn.example.com/4.jpg")) {
            assertTrue(arrivalOfItem(url) < firstItemArrival + 600,
                    "items are created at once, not after the slow first one: " + url);
        }
    }

    @Test
    void callerThreadIsFreeWhilePublishWaits() throws Exception {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-wait\"}")));
        stubStatus("c-wait", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "FINISHED");
        stubPublish("c-wait", "m-wait");
        AsyncProducer producer = context.getEndpoint("instagram:publish").createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(InstagramConstants.IMAGE_URL, "https://cdn.example.com/a.jpg");
        Thread caller = Thread.currentThread();
        Thread[] completedOn = new Thread[1];

        boolean doneSynchronously = producer.process(exchange, sync -> completedOn[0] = Thread.currentThread());

        assertFalse(doneSynchronously, "the caller's thread returns at once while the container processes");
        await().atMost(Duration.ofSeconds(5)).until(() -> completedOn[0] != null);
        assertNull(exchange.getException());
        assertEquals("m-wait", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertNotEquals(caller, completedOn[0]);
        assertEquals(4, count(status("c-wait")));
        producer.stop();
    }

    @Test
    void createContainerCreatesOnly() {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-only\"}")));

        Exchange exchange = ok(send("instagram:createContainer", "Caption",
                InstagramConstants.IMAGE_URL, "https://cdn.example.com/a.jpg"));

        assertEquals("c-only", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals("c-only", exchange.getMessage().getBody(IdResponse.class).getId());
        assertEquals(List.of(CREATE), calls());
    }

    @Test
    void createContainerOfCarouselWaitsForItemsNotForItself() {
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/1.jpg"))
                .willReturn(json("{\"id\":\"i1\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/2.jpg"))
                .willReturn(json("{\"id\":\"i2\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("CAROUSEL"))
                .willReturn(json("{\"id\":\"car\"}")));
        stubStatus("i1", "FINISHED");
        stubStatus("i2", "IN_PROGRESS", "FINISHED");

        Exchange exchange = ok(send("instagram:createContainer?mediaType=CAROUSEL", null,
                InstagramConstants.CAROUSEL_ITEMS, List.of("https://cdn.example.com/1.jpg",
                        "https://cdn.example.com/2.jpg")));

        assertEquals("car", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(0, count(status("car")));
        assertEquals(0, count(PUBLISH));
        assertEquals(2, count(status("i2")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("children", equalTo("i1,i2")));
    }

    @Test
    void getContainerStatusAnswersErrorWithoutRaising() {
        stub(get(urlPathEqualTo("/v25.0/c9")).willReturn(json(
                "{\"status_code\":\"ERROR\",\"status\":\"Error: Media upload has failed with error code 2207026\","
                + "\"id\":\"c9\"}")));

        Exchange exchange = ok(send("instagram:getContainerStatus", null, InstagramConstants.MEDIA_ID, "c9"));

        ContainerStatus status = exchange.getMessage().getBody(ContainerStatus.class);
        assertEquals("ERROR", status.getStatusCode());
        assertEquals(2207026, status.getSubcode());
        assertTrue(status.isFailed());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/c9")).withQueryParam("fields",
                equalTo("status_code,status")));
    }

    @Test
    void publishContainerPublishesTheGivenContainer() {
        stubPublish("c5", "m5");

        Exchange exchange = ok(send("instagram:publishContainer", null, InstagramConstants.MEDIA_ID, "c5"));

        assertEquals("m5", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals("c5", exchange.getMessage().getBody(PublishedMedia.class).getContainerId());
        assertEquals(List.of(PUBLISH), calls());
    }

    @Test
    void getPublishingLimitReadsTheFirstItem() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/content_publishing_limit")).willReturn(json(
                "{\"data\":[{\"quota_usage\":2,\"config\":{\"quota_total\":50,\"quota_duration\":86400}}]}")));

        Exchange exchange = ok(send("instagram:getPublishingLimit", null));

        PublishingLimit limit = exchange.getMessage().getBody(PublishingLimit.class);
        assertEquals(2, limit.getQuotaUsage());
        assertEquals(50, limit.getQuotaTotal());
        assertEquals(86400L, limit.getConfig().getQuotaDuration());
        assertEquals(48, limit.getRemaining());
        assertFalse(limit.isReached());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/content_publishing_limit"))
                .withQueryParam("fields", equalTo("quota_usage,config")));
    }

    @Test
    void captionAtTheLimitsIsAccepted() {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-max\"}")));
        stubStatus("c-max", "FINISHED");
        stubPublish("c-max", "m-max");
        StringBuilder caption = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            caption.append("#tag").append(i).append(' ');
        }
        for (int i = 0; i < 20; i++) {
            caption.append("@user").append(i).append(' ');
        }
        caption.append("write to shop@example.com ");
        caption.append("x".repeat(2_200 - caption.length()));

        ok(send("instagram:publish", caption.toString(), InstagramConstants.IMAGE_URL, "https://cdn.example.com/a.jpg"));

        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("caption", containing("#tag29")));
    }

    private static int indexOfCarouselCreation() {
        List<ServeEvent> events = new ArrayList<>(wireMock.getAllServeEvents());
        Collections.reverse(events);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getRequest().getBodyAsString().contains("media_type=CAROUSEL")) {
                return i;
            }
        }
        throw new AssertionError("no carousel container created");
    }

    private static long arrivalOfItem(String url) {
        String encoded = URLEncoder.encode(url, StandardCharsets.UTF_8);
        return wireMock.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getBodyAsString().contains("image_url=" + encoded)
                                 || event.getRequest().getBodyAsString().contains("video_url=" + encoded))
                .map(event -> event.getRequest().getLoggedDate().getTime()).findFirst()
                .orElseThrow(() -> new AssertionError("no creation of " + url));
    }
}
