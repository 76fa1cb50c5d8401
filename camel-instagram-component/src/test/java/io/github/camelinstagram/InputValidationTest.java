package io.github.camelinstagram;

import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is refused with an {@link IllegalArgumentException} that names what is missing, and nothing is sent: not
 * even the {@code /me} lookup of the account.
 */
class InputValidationTest extends WireMockTestSupport {

    static Stream<Arguments> missingInputs() {
        return Stream.of(
                Arguments.of("getUserProfile", null, new Object[0], InstagramConstants.RECIPIENT_ID),
                Arguments.of("getMedia", null, new Object[0], InstagramConstants.MEDIA_ID),
                Arguments.of("listComments", null, new Object[0], InstagramConstants.MEDIA_ID),
                Arguments.of("getComment", null, new Object[] { InstagramConstants.COMMENT_ID, "  " },
                        InstagramConstants.COMMENT_ID),
                Arguments.of("listReplies", null, new Object[0], InstagramConstants.COMMENT_ID),
                Arguments.of("reply", "text", new Object[0], InstagramConstants.COMMENT_ID),
                Arguments.of("reply", "   ", new Object[] { InstagramConstants.COMMENT_ID, "c1" }, "reply text"),
                Arguments.of("reply", "hi", new Object[] { InstagramConstants.COMMENT_ID, "r7",
                        InstagramConstants.PARENT_COMMENT_ID, "c7" }, "Set CamelInstagramCommentId to c7"),
                Arguments.of("reply", null, new Object[] { InstagramConstants.COMMENT_ID, "c1" }, "reply text"),
                Arguments.of("postComment", "hi", new Object[0], InstagramConstants.MEDIA_ID),
                Arguments.of("postComment", "", new Object[] { InstagramConstants.MEDIA_ID, "m1" }, "comment text"),
                Arguments.of("replyToMention", "hi", new Object[0], InstagramConstants.MEDIA_ID),
                Arguments.of("replyToMention", null, new Object[] { InstagramConstants.MEDIA_ID, "m1" }, "reply text"),
                Arguments.of("hideComment", null, new Object[0], InstagramConstants.COMMENT_ID),
                Arguments.of("unhideComment", null, new Object[0], InstagramConstants.COMMENT_ID),
                Arguments.of("deleteComment", null, new Object[0], InstagramConstants.COMMENT_ID),
                Arguments.of("enableComments", null, new Object[0], InstagramConstants.MEDIA_ID),
                Arguments.of("disableComments", null, new Object[0], InstagramConstants.MEDIA_ID),
                Arguments.of("subscribeWebhooks?subscribedFields=", null, new Object[0], "subscribedFields"));
    }

    @ParameterizedTest(name = "{0} without {3}")
    @MethodSource("missingInputs")
    void missingInputIsNamedAndNothingIsSent(String operation, Object body, Object[] headers, String named) {
        Exchange exchange = send("instagram:" + operation, body, headers);

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains(named), error.getMessage());
        assertEquals(0, requestCount(), "nothing may be sent");
    }

    @Test
    void missingTokenIsNamed() {
        Exchange exchange = send("instagram:getProfile?accessToken=", null);

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("accessToken"), error.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void unknownOperationInHeaderIsNamed() {
        Exchange exchange = send("instagram:getProfile", null, InstagramConstants.OPERATION, "postToTimeline");

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("'postToTimeline'"), error.getMessage());
        assertTrue(error.getMessage().contains("getProfile"), "lists the known operations: " + error.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void unknownOperationInUriIsNamed() {
        ResolveEndpointFailedException error = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("instagram:postToTimeline"));

        assertInstanceOf(IllegalArgumentException.class, error.getCause());
        assertTrue(error.getCause().getMessage().contains("'postToTimeline'"));
    }

    @Test
    void invalidOptionValuesAreNamedAtStart() {
        assertOptionRefused("instagram:getProfile?usageThreshold=150", "usageThreshold");
        assertOptionRefused("instagram:getProfile?maxRetries=-1", "maxRetries");
        assertOptionRefused("instagram:getProfile?baseUrl=ftp://example.com", "baseUrl");
    }

    private void assertOptionRefused(String uri, String option) {
        Throwable error;
        try {
            error = send(uri, null).getException();
        } catch (RuntimeException refusedAtStart) {
            error = refusedAtStart;
        }
        while (error != null && !(error instanceof IllegalArgumentException)) {
            error = error.getCause();
        }
        assertInstanceOf(IllegalArgumentException.class, error, uri);
        assertTrue(error.getMessage().contains(option), error.getMessage());
    }
}
