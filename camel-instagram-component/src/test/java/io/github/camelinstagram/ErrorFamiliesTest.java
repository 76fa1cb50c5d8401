package io.github.camelinstagram;

import java.util.stream.Stream;

import io.github.camelinstagram.error.InstagramInvalidTokenException;
import io.github.camelinstagram.error.InstagramMediaNotReadyException;
import io.github.camelinstagram.error.InstagramMessagingWindowClosedException;
import io.github.camelinstagram.error.InstagramPermissionException;
import io.github.camelinstagram.error.InstagramPublishingException;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.error.InstagramTokenExpiredException;
import io.github.camelinstagram.error.InstagramTransientException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error answer becomes an {@link InstagramApiException} of the family users handle differently, with the API's
 * code, subcode, trace id and message.
 */
class ErrorFamiliesTest extends WireMockTestSupport {

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setMaxRetries(0);
        configuration.setAccountId(ACCOUNT);
    }

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of(400, 190, 463, InstagramTokenExpiredException.class),
                Arguments.of(400, 190, 460, InstagramInvalidTokenException.class),
                Arguments.of(400, 190, 467, InstagramInvalidTokenException.class),
                Arguments.of(400, 190, 0, InstagramInvalidTokenException.class),
                Arguments.of(400, 102, 0, InstagramInvalidTokenException.class),
                Arguments.of(403, 10, 0, InstagramPermissionException.class),
                Arguments.of(403, 200, 0, InstagramPermissionException.class),
                Arguments.of(403, 299, 0, InstagramPermissionException.class),
                Arguments.of(400, 4, 0, InstagramThrottledException.class),
                Arguments.of(400, 17, 0, InstagramThrottledException.class),
                Arguments.of(400, 32, 0, InstagramThrottledException.class),
                Arguments.of(400, 613, 0, InstagramThrottledException.class),
                Arguments.of(400, 80002, 0, InstagramThrottledException.class),
                Arguments.of(500, 1, 0, InstagramTransientException.class),
                Arguments.of(503, 2, 0, InstagramTransientException.class),
                Arguments.of(400, 10, 2534022, InstagramMessagingWindowClosedException.class),
                Arguments.of(400, 9007, 2207027, InstagramMediaNotReadyException.class),
                Arguments.of(400, 9004, 2207052, InstagramPublishingException.class),
                Arguments.of(400, 36003, 2207009, InstagramPublishingException.class),
                Arguments.of(400, 100, 0, InstagramApiException.class));
    }

    @ParameterizedTest(name = "HTTP {0}, code {1}/{2} -> {3}")
    @MethodSource("families")
    void codeAndSubcodeChooseTheFamily(int status, int code, int subcode, Class<?> family) {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(graphError(status, code, subcode, "Something failed")));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        InstagramApiException error = assertInstanceOf(InstagramApiException.class, exchange.getException());
        assertSame(family, error.getClass());
        assertEquals(status, error.getHttpStatus());
        assertEquals(code, error.getCode());
        assertEquals(subcode, error.getSubcode());
        assertEquals("AbCdEf123", error.getFbtraceId());
        assertEquals("Something failed", error.getApiMessage());
        assertEquals("OAuthException", error.getType());
        assertTrue(error.getMessage().contains("Something failed") && error.getMessage().contains("GET /v25.0/c1"),
                error.getMessage());
        assertEquals(1, requestCount(), "maxRetries=0: exactly one call");
        assertEquals(code == 1 || code == 2, error.isTransient());
    }

    @Test
    void isTransientFlagMakesAnyCodeTransient() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(500).withBody(
                "{\"error\":{\"message\":\"Please retry\",\"code\":-1,\"is_transient\":true,\"fbtrace_id\":\"T\"}}")));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        InstagramTransientException error = assertInstanceOf(InstagramTransientException.class,
                exchange.getException());
        assertTrue(error.isTransient());
        assertEquals(-1, error.getCode());
    }

    @Test
    void nonJsonErrorGivesStatusAndShortExcerpt() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(5000) + "</body></html>";
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody(html)));

        Exchange exchange = send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");

        InstagramTransientException error = assertInstanceOf(InstagramTransientException.class,
                exchange.getException());
        assertEquals(502, error.getHttpStatus());
        assertTrue(error.isTransient());
        assertTrue(error.getMessage().contains("502 Bad Gateway"), error.getMessage());
        assertFalse(error.getMessage().contains("x".repeat(250)), "a short excerpt, not the whole page");
    }

    @Test
    void nonJsonClientErrorIsNotTransient() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(404).withBody("Not Found")));

        InstagramApiException error = assertInstanceOf(InstagramApiException.class,
                send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1").getException());

        assertSame(InstagramApiException.class, error.getClass());
        assertFalse(error.isTransient());
        assertTrue(error.getMessage().contains("Not Found"));
    }

    @Test
    void instagramOauthHostErrorShapeIsRead() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withStatus(400).withBody(
                "{\"error_type\":\"OAuthException\",\"code\":400,"
                + "\"error_message\":\"Matching code was not found or was already used\"}")));

        InstagramApiException error = assertInstanceOf(InstagramApiException.class,
                send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1").getException());

        assertEquals(400, error.getCode());
        assertEquals("OAuthException", error.getType());
        assertEquals("Matching code was not found or was already used", error.getApiMessage());
    }

    @Test
    void successWithUnexpectedBodyIsReported() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("[1,2,3]")));

        InstagramApiException error = assertInstanceOf(InstagramApiException.class,
                send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1").getException());

        assertTrue(error.getMessage().contains("not the expected JSON"), error.getMessage());
    }
}
