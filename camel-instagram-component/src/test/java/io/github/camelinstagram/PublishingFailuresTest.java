package io.github.camelinstagram;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.error.InstagramContainerException;
import io.github.camelinstagram.error.InstagramMediaNotReadyException;
import io.github.camelinstagram.error.InstagramPublishTimeoutException;
import io.github.camelinstagram.error.InstagramPublishUnconfirmedException;
import io.github.camelinstagram.error.InstagramPublishingException;
import io.github.camelinstagram.error.InstagramPublishingLimitException;
import io.github.camelinstagram.error.InstagramTransientException;
import io.github.camelinstagram.model.PublishedMedia;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Containers that end in ERROR or EXPIRED, media not ready at publish time, uncertain answers of media_publish (never a
 * second post), the publishing quota and the publish timeout.
 */
class PublishingFailuresTest extends PublishingTestSupport {

    private static final String IMAGE = "https://cdn.example.com/a.jpg";

    private Exchange publishImage(String uri) {
        return send(uri, "Caption", InstagramConstants.IMAGE_URL, IMAGE, InstagramConstants.ID, "stale");
    }

    private static void stubCreate(String container) {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"" + container + "\"}")));
    }

    @Test
    void containerErrorExplainsItsSubcodeAndNothingIsPublished() {
        stubCreate("c-err");
        stubStatusAnswers("c-err", json(statusJson("c-err", "IN_PROGRESS")), json(
                "{\"status_code\":\"ERROR\",\"status\":\"Error: Media upload has failed with error code 2207026\","
                + "\"id\":\"c-err\"}"));

        Exchange exchange = publishImage("instagram:publish");

        InstagramContainerException error = assertInstanceOf(InstagramContainerException.class,
                exchange.getException());
        assertInstanceOf(InstagramPublishingException.class, error);
        assertEquals(2207026, error.getSubcode());
        assertEquals(352, error.getCode());
        assertEquals("c-err", error.getContainerId());
        assertEquals("ERROR", error.getStatusCode());
        assertEquals(0, error.getHttpStatus());
        assertTrue(error.getMessage().contains("video format is not supported"), error.getMessage());
        assertTrue(error.getMessage().contains("container c-err"), error.getMessage());
        assertEquals(List.of(CREATE, status("c-err"), status("c-err")), calls());
    }

    @Test
    void expiredContainerIsATypedError() {
        stubCreate("c-exp");
        stubStatus("c-exp", "EXPIRED");

        Exchange exchange = publishImage("instagram:publish");

        InstagramContainerException error = assertInstanceOf(InstagramContainerException.class,
                exchange.getException());
        assertEquals("EXPIRED", error.getStatusCode());
        assertEquals(0, error.getSubcode());
        assertTrue(error.getMessage().contains("24 hours"), error.getMessage());
        assertEquals(0, count(PUBLISH));
    }

    @Test
    void failedCarouselItemStopsTheOthersAndCreatesNoCarousel() {
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/1.jpg"))
                .willReturn(json("{\"id\":\"i1\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/2.jpg"))
                .willReturn(json("{\"id\":\"i2\"}")));
        stubStatus("i1", "IN_PROGRESS");
        stubStatusAnswers("i2", json("{\"status_code\":\"ERROR\",\"status\":\"ERROR: 2207052\",\"id\":\"i2\"}"));

        Exchange exchange = send("instagram:publish?mediaType=CAROUSEL", null, InstagramConstants.CAROUSEL_ITEMS,
                List.of("https://cdn.example.com/1.jpg", "https://cdn.example.com/2.jpg"));

        InstagramContainerException error = assertInstanceOf(InstagramContainerException.class,
                exchange.getException());
        assertEquals("i2", error.getContainerId());
        assertEquals(2207052, error.getSubcode());
        assertTrue(error.getMessage().contains("could not be fetched from its URL"), error.getMessage());
        assertEquals(2, count(CREATE), "no carousel container");
        assertEquals(0, count(PUBLISH));
        long checksOfTheOther = count(status("i1"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> count(status("i1")) <= checksOfTheOther + 1);
    }

    @Test
    void notReadyAtPublishWaitsAndPublishesAgain() {
        stubCreate("c-9007");
        stubStatus("c-9007", "FINISHED");
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("publish").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphError(400, 9007, 2207027, "The media is not ready for publishing, please wait"))
                .willSetStateTo("ready"));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("publish").whenScenarioStateIs("ready")
                .willReturn(json("{\"id\":\"m-9007\"}")));

        Exchange exchange = ok(publishImage("instagram:publish"));

        assertEquals("m-9007", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(List.of(CREATE, status("c-9007"), PUBLISH, status("c-9007"), PUBLISH), calls());
    }

    static Stream<Arguments> uncertainAnswers() {
        return Stream.of(
                Arguments.of("transient error", transientError()),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("HTML 502 from a proxy", aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uncertainAnswers")
    void uncertainPublishThatWentLiveIsASuccessWithOnePublishCall(String what, ResponseDefinitionBuilder answer) {
        stubCreate("c-live");
        stub(get(urlPathEqualTo("/v25.0/c-live")).inScenario("live").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(statusJson("c-live", "FINISHED"))));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("live").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer).willSetStateTo("published"));
        stub(get(urlPathEqualTo("/v25.0/c-live")).inScenario("live").whenScenarioStateIs("published")
                .willReturn(json(statusJson("c-live", "PUBLISHED"))));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("live").whenScenarioStateIs("published")
                .willReturn(json("{\"id\":\"second-post\"}")));

        Exchange exchange = ok(publishImage("instagram:publish"));

        PublishedMedia media = exchange.getMessage().getBody(PublishedMedia.class);
        assertTrue(media.isConfirmedByStatus());
        assertNull(media.getId(), "the API never told the id");
        assertEquals("c-live", media.getContainerId());
        assertNull(exchange.getMessage().getHeader(InstagramConstants.ID), "no stale id left behind");
        assertEquals(List.of(CREATE, status("c-live"), PUBLISH, status("c-live")), calls());
    }

    @Test
    void uncertainPublishThatDidNotHappenIsPublishedAgainOnce() {
        stubCreate("c-again");
        stubStatus("c-again", "FINISHED");
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("again").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(transientError()).willSetStateTo("up"));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("again").whenScenarioStateIs("up")
                .willReturn(json("{\"id\":\"m-again\"}")));

        Exchange exchange = ok(publishImage("instagram:publish"));

        assertEquals("m-again", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(List.of(CREATE, status("c-again"), PUBLISH, status("c-again"), PUBLISH), calls(),
                "the status check comes before the second media_publish");
    }

    @Test
    void publishWithoutAnswerIsReadAgainARequestTimeLaterBeforeAnotherPublish() {
        stubCreate("c-slow");
        stub(get(urlPathEqualTo("/v25.0/c-slow")).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(statusJson("c-slow", "FINISHED"))));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("sent"));
        stub(get(urlPathEqualTo("/v25.0/c-slow")).inScenario("slow").whenScenarioStateIs("sent")
                .willReturn(json(statusJson("c-slow", "FINISHED"))).willSetStateTo("live"));
        stub(get(urlPathEqualTo("/v25.0/c-slow")).inScenario("slow").whenScenarioStateIs("live")
                .willReturn(json(statusJson("c-slow", "PUBLISHED"))));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("slow").whenScenarioStateIs("live")
                .willReturn(json("{\"id\":\"second-post\"}")));

        Exchange exchange = ok(publishImage("instagram:publish?requestTimeout=300"));

        assertTrue(exchange.getMessage().getBody(PublishedMedia.class).isConfirmedByStatus());
        assertEquals(List.of(CREATE, status("c-slow"), PUBLISH, status("c-slow"), status("c-slow")), calls(),
                "FINISHED right after a publish without answer is read again, not published again");
    }

    @Test
    void withoutRetriesAnUnpublishedContainerRaisesTheOriginalFailure() {
        stubCreate("c-once");
        stubStatus("c-once", "FINISHED");
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).willReturn(transientError()));

        Exchange exchange = publishImage("instagram:publish?maxRetries=0");

        InstagramTransientException error = assertInstanceOf(InstagramTransientException.class,
                exchange.getException());
        assertEquals(2, error.getCode());
        assertEquals(List.of(CREATE, status("c-once"), PUBLISH, status("c-once")), calls());
    }

    @Test
    void unreadableStatusAfterAnUncertainPublishIsUnconfirmed() {
        stubCreate("c-dark");
        stub(get(urlPathEqualTo("/v25.0/c-dark")).inScenario("dark").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(statusJson("c-dark", "FINISHED"))));
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).inScenario("dark").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("dark"));
        stub(get(urlPathEqualTo("/v25.0/c-dark")).inScenario("dark").whenScenarioStateIs("dark")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange exchange = publishImage("instagram:publish?maxRetries=1");

        InstagramPublishUnconfirmedException error = assertInstanceOf(InstagramPublishUnconfirmedException.class,
                exchange.getException());
        assertEquals("c-dark", error.getContainerId());
        assertInstanceOf(InstagramConnectionException.class, error.getCause());
        assertTrue(error.getMessage().contains("getContainerStatus"), error.getMessage());
        assertEquals(1, count(PUBLISH), "never published blindly");
        List<String> calls = calls();
        assertTrue(calls.lastIndexOf(status("c-dark")) > calls.indexOf(PUBLISH), "the status was read after: " + calls);
    }

    @Test
    void definiteRefusalIsRaisedAsItIs() {
        stubCreate("c-spam");
        stubStatus("c-spam", "FINISHED");
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).willReturn(graphError(400, 4, 2207051, "Action is blocked")));

        InstagramPublishingException error = assertInstanceOf(InstagramPublishingException.class,
                publishImage("instagram:publish").getException());

        assertEquals(2207051, error.getSubcode());
        assertTrue(error.getMessage().contains("possible spam"), error.getMessage());
        assertEquals(1, count(PUBLISH));
    }

    @Test
    void usedUpQuotaFailsBeforeAnythingIsCreated() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/content_publishing_limit")).willReturn(json(
                "{\"data\":[{\"quota_usage\":50,\"config\":{\"quota_total\":50,\"quota_duration\":86400}}]}")));
        stubCreate("c-never");

        Exchange exchange = publishImage("instagram:publish?checkPublishingLimit=true");

        InstagramPublishingLimitException error = assertInstanceOf(InstagramPublishingLimitException.class,
                exchange.getException());
        assertEquals(50, error.getQuotaUsage());
        assertEquals(50, error.getQuotaTotal());
        assertEquals(2207042, error.getSubcode());
        assertEquals(List.of("GET /v25.0/" + ACCOUNT + "/content_publishing_limit"), calls());
    }

    @Test
    void quotaLeftLetsThePublishGoOn() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/content_publishing_limit")).willReturn(json(
                "{\"data\":[{\"quota_usage\":49,\"config\":{\"quota_total\":50,\"quota_duration\":86400}}]}")));
        stubCreate("c-quota");
        stubStatus("c-quota", "FINISHED");
        stubPublish("c-quota", "m-quota");

        ok(publishImage("instagram:publish?checkPublishingLimit=true"));

        assertEquals(List.of("GET /v25.0/" + ACCOUNT + "/content_publishing_limit", CREATE, status("c-quota"),
                PUBLISH), calls());
    }

    @Test
    void apiRefusalOverTheLimitIsTheSameException() {
        stubCreate("c-over");
        stubStatus("c-over", "FINISHED");
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).willReturn(graphError(400, 9, 2207042,
                "You have reached the maximum number of posts that is allowed")));

        InstagramPublishingLimitException error = assertInstanceOf(InstagramPublishingLimitException.class,
                publishImage("instagram:publish").getException());

        assertEquals(9, error.getCode());
        assertEquals(-1, error.getQuotaTotal());
        assertEquals(1, count(PUBLISH));
    }

    @Test
    void containerStillProcessingAtPublishTimeoutIsNotPublished() {
        stubCreate("c-slow");
        stubStatus("c-slow", "IN_PROGRESS");

        Exchange exchange = publishImage("instagram:publish?publishTimeout=300");

        InstagramPublishTimeoutException error = assertInstanceOf(InstagramPublishTimeoutException.class,
                exchange.getException());
        assertInstanceOf(InstagramPublishingException.class, error, "nothing was published: safe to redeliver");
        assertFalse(InstagramMediaNotReadyException.class.isInstance(error), "only publishContainer raises media not ready");
        assertEquals("c-slow", error.getContainerId());
        assertEquals(Duration.ofMillis(300), error.getTimeout());
        assertTrue(error.getMessage().contains("publishContainer"), error.getMessage());
        assertEquals(0, count(PUBLISH));
        long checks = count(status("c-slow"));
        assertTrue(checks >= 3 && checks <= 16, "checks within 300 ms at 20 to 100 ms apart: " + checks);
    }

    @Test
    void stoppingTheContextEndsAWaitingPublish() {
        stubCreate("c-stop");
        stubStatus("c-stop", "IN_PROGRESS");
        CompletableFuture<Exchange> pending = template.asyncSend(
                "instagram:publish?pollInitialDelay=10s&pollMaxInterval=10s",
                exchange -> exchange.getMessage().setHeader(InstagramConstants.IMAGE_URL, IMAGE));
        // the container is created, then publish waits 10 s for its first status check
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> count(CREATE) == 1);

        context.stop();

        Exchange exchange = await().atMost(Duration.ofSeconds(5)).until(() -> pending.getNow(null),
                Objects::nonNull);
        InstagramConnectionException error = assertInstanceOf(InstagramConnectionException.class,
                exchange.getException());
        assertTrue(error.getMessage().contains("stopping: a call still waiting"), error.getMessage());
        assertEquals(List.of(CREATE), calls());
    }

    @Test
    void publishContainerRaisesNotReadyAtOnce() {
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).willReturn(graphError(400, 9007, 2207027, "Media ID is not available")));

        Exchange exchange = send("instagram:publishContainer", null, InstagramConstants.MEDIA_ID, "c-early");

        InstagramMediaNotReadyException error = assertInstanceOf(InstagramMediaNotReadyException.class,
                exchange.getException());
        assertSame(InstagramMediaNotReadyException.class, error.getClass());
        assertTrue(error.getMessage().contains("FINISHED"), error.getMessage());
        assertEquals(List.of(PUBLISH), calls());
    }

    @Test
    void serverSideCreationFailureIsRetriedAsTransient() {
        stub(post(urlPathEqualTo(MEDIA)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphError(400, -1, 2207001, "Server error")).willSetStateTo("ok"));
        stub(post(urlPathEqualTo(MEDIA)).inScenario("create").whenScenarioStateIs("ok")
                .willReturn(json("{\"id\":\"c-retry\"}")));
        stubStatus("c-retry", "FINISHED");
        stubPublish("c-retry", "m-retry");

        ok(publishImage("instagram:publish"));

        assertEquals(List.of(CREATE, CREATE, status("c-retry"), PUBLISH), calls());
    }
}
