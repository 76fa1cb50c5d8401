package io.github.camelinstagram;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.camelinstagram.error.InstagramPublishingException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A local video (File, Path or byte[] body) is sent with the resumable upload protocol: a container created with
 * {@code upload_type=resumable}, then the bytes to {@code {uploadBaseUrl}/ig-api-upload/{version}/{container}} with
 * {@code Authorization: OAuth}, {@code offset} and {@code file_size}, then the usual wait and publish.
 */
class LocalFileUploadTest extends PublishingTestSupport {

    private static final byte[] VIDEO = videoBytes();

    @TempDir
    Path dir;

    @Override
    protected void configure(InstagramConfiguration configuration) {
        super.configure(configuration);
        configuration.setUploadBaseUrl(wireMock.baseUrl());
    }

    private static byte[] videoBytes() {
        byte[] head = { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
        byte[] body = "fake video frames that stand in for an MP4".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String upload(String container) {
        return "/ig-api-upload/v25.0/" + container;
    }

    private static void stubUploadFlow(String container) {
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"" + container + "\",\"uri\":"
                                                         + "\"https://rupload.facebook.com/ig-api-upload/v25.0/"
                                                         + container + "\"}")));
        stub(post(urlPathEqualTo(upload(container))).willReturn(json(
                "{\"success\":true,\"message\":\"Upload successful.\"}")));
        stubStatus(container, "IN_PROGRESS", "FINISHED");
        stubPublish(container, "m-" + container);
    }

    @Test
    void reelFromAPathIsUploadedThenPublished() throws Exception {
        Path clip = Files.write(dir.resolve("clip.mp4"), VIDEO);
        stubUploadFlow("c-up");

        Exchange exchange = ok(send("instagram:publish?mediaType=REELS", clip,
                InstagramConstants.CAPTION, "Straight from disk"));

        assertEquals("m-c-up", exchange.getMessage().getHeader(InstagramConstants.ID));
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("REELS"))
                .withFormParam("upload_type", equalTo("resumable"))
                .withFormParam("caption", equalTo("Straight from disk"))
                .withRequestBody(notContaining("video_url")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(upload("c-up")))
                .withHeader("Authorization", equalTo("OAuth " + TOKEN)).withHeader("offset", equalTo("0"))
                .withHeader("file_size", equalTo(String.valueOf(VIDEO.length)))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withRequestBody(binaryEqualTo(VIDEO)));
        assertEquals(List.of(CREATE, "POST " + upload("c-up"), status("c-up"), status("c-up"), PUBLISH), calls());
        assertTokenNeverInUrl();
    }

    @Test
    void storyFromBytesAndCarouselFromFiles() throws Exception {
        stubUploadFlow("c-bytes");

        ok(send("instagram:publish?mediaType=STORIES", VIDEO));

        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("STORIES"))
                .withFormParam("upload_type", equalTo("resumable")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(upload("c-bytes"))).withRequestBody(binaryEqualTo(VIDEO)));

        wireMock.resetAll();
        File one = Files.write(dir.resolve("one.mov"), VIDEO).toFile();
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("upload_type", equalTo("resumable"))
                .willReturn(json("{\"id\":\"v1\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("image_url", equalTo("https://cdn.example.com/2.jpg"))
                .willReturn(json("{\"id\":\"i2\"}")));
        stub(post(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("CAROUSEL"))
                .willReturn(json("{\"id\":\"car\"}")));
        stub(post(urlPathEqualTo(upload("v1"))).willReturn(json("{\"success\":true}")));
        stubStatus("v1", "FINISHED");
        stubStatus("i2", "FINISHED");
        stubStatus("car", "FINISHED");
        stubPublish("car", "m-car");

        ok(send("instagram:publish?mediaType=CAROUSEL", "Mixed", InstagramConstants.CAROUSEL_ITEMS,
                List.of(one, "https://cdn.example.com/2.jpg")));

        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("media_type", equalTo("VIDEO"))
                .withFormParam("is_carousel_item", equalTo("true")).withFormParam("upload_type", equalTo("resumable")));
        wireMock.verify(postRequestedFor(urlPathEqualTo(upload("v1"))).withRequestBody(binaryEqualTo(VIDEO)));
        wireMock.verify(postRequestedFor(urlPathEqualTo(MEDIA)).withFormParam("children", equalTo("v1,i2")));
        List<String> calls = calls();
        assertTrue(calls.indexOf("POST " + upload("v1")) < calls.indexOf(status("v1")), "uploaded before polled");
    }

    @Test
    void refusedUploadIsAPublishingErrorAndNothingIsPublished() throws Exception {
        Path clip = Files.write(dir.resolve("broken.mp4"), VIDEO);
        stub(post(urlPathEqualTo(MEDIA)).willReturn(json("{\"id\":\"c-bad\"}")));
        stub(post(urlPathEqualTo(upload("c-bad"))).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"debug_info\":{\"retriable\":false,"
                                                                         + "\"type\":\"ProcessingFailedError\","
                                                                         + "\"message\":\"Request processing failed\"}}")));

        Exchange exchange = send("instagram:publish?mediaType=REELS", clip);

        InstagramPublishingException error = assertInstanceOf(InstagramPublishingException.class,
                exchange.getException());
        assertEquals("ProcessingFailedError", error.getType());
        assertEquals("Request processing failed", error.getApiMessage());
        assertFalse(error.isTransient());
        assertTrue(error.getMessage().contains("POST /ig-api-upload/v25.0/c-bad"), error.getMessage());
        assertFalse(error.getMessage().contains(TOKEN));
        assertEquals(List.of(CREATE, "POST " + upload("c-bad")), calls());
    }
}
