package io.github.camelinstagram;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelinstagram.error.InstagramConnectionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call that gets no answer completes the exchange promptly with an exception whose cause chain holds the I/O error:
 * the producer's callback is called on the failure path too.
 */
class ConnectionFailureTest extends WireMockTestSupport {

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
    }

    @Test
    void resetConnectionFailsPromptly() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1"));

        assertIoCause(exchange);
    }

    @Test
    void garbageAnswerFailsPromptly() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1"));

        assertIoCause(exchange);
    }

    @Test
    void refusedConnectionFailsPromptly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String uri = "instagram:getComment?baseUrl=http://127.0.0.1:" + closedPort;

        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> send(uri, null, InstagramConstants.COMMENT_ID, "c1"));

        assertIoCause(exchange);
        assertTrue(exchange.getException().getMessage().contains("GET /v25.0/c1"));
    }

    @Test
    void slowAnswerTimesOutAtRequestTimeout() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{}").withFixedDelay(5_000)));

        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(4),
                () -> send("instagram:getComment?requestTimeout=300", null, InstagramConstants.COMMENT_ID, "c1"));

        assertIoCause(exchange);
        assertNotNull(findCause(exchange.getException(), HttpTimeoutException.class));
    }

    private static void assertIoCause(Exchange exchange) {
        InstagramConnectionException error = assertInstanceOf(InstagramConnectionException.class,
                exchange.getException());
        assertNotNull(findCause(error, IOException.class), "I/O error in the cause chain");
    }

    private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
