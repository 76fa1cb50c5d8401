package io.github.camelinstagram.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelinstagram.webhook.WebhookServer.SECRET;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer of the POST side but the routed ones: 405, 413 (declared and streamed), 400, and that none of them
 * routes anything or stops the server from serving the next request.
 */
class HttpAnswersTest {

    private static final int LIMIT = 1024;
    private static final String SMALL = "/ig-small";

    private static WebhookServer server;
    private static MockEndpoint events;

    @BeforeAll
    static void start() throws Exception {
        server = WebhookServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookServer.URI).to("mock:events");
                from("instagram-webhook:" + SMALL + "?verifyToken=t&appSecret=" + SECRET + "&maxBodySize=" + LIMIT
                     + "&readTimeout=300ms")
                        .to("mock:events");
            }
        });
        events = server.mock("mock:events");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        events.reset();
    }

    @AfterEach
    void stillServes() throws Exception {
        events.reset();
        HttpResponse<String> ok = server.postSigned(Payloads.messaging(Payloads.textMessage("alive-" + System.nanoTime(),
                "still there")));
        assertEquals(200, ok.statusCode());
        assertEquals(1, events.getReceivedCounter());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD" })
    void otherMethodsAre405(String method) throws Exception {
        byte[] body = Payloads.messaging(Payloads.textMessage("m405", "x")).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.uri(WebhookServer.PATH))
                .timeout(Duration.ofSeconds(20))
                .header(SignatureVerifier.HEADER, SignatureVerifier.sign(SECRET, body))
                .method(method, "HEAD".equals(method)
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = server.send(request);
        assertEquals(405, response.statusCode());
        assertEquals("GET, POST", response.headers().firstValue("Allow").orElse(""));
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void malformedJsonWithAValidSignatureIs400() throws Exception {
        byte[] body = "{\"object\":\"instagram\",\"entry\":[".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.post(WebhookServer.PATH, body, SignatureVerifier.sign(SECRET, body));
        assertEquals(400, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void anotherObjectIs400() throws Exception {
        HttpResponse<String> response = server.postSigned(
                Payloads.messaging(Payloads.textMessage("page", "x")).replace("\"instagram\"", "\"page\""));
        assertEquals(400, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void oneBadEventRefusesTheWholeRequest() throws Exception {
        HttpResponse<String> response = server.postSigned(Payloads.messaging(Payloads.textMessage("good", "x"),
                Payloads.item(Payloads.TS, "message", "{\"mid\":[\"not\",\"a\",\"string\"]}")));
        assertEquals(400, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void emptyBodyIs400WhenSignedAnd403WhenNot() throws Exception {
        byte[] empty = new byte[0];
        assertEquals(400, server.post(WebhookServer.PATH, empty, SignatureVerifier.sign(SECRET, empty)).statusCode());
        assertEquals(403, server.post(WebhookServer.PATH, empty, null).statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void bodyOfExactlyTheLimitIsAccepted() throws Exception {
        String json = Payloads.messaging(Payloads.textMessage("fits", "x"));
        byte[] body = (json + " ".repeat(LIMIT - json.length())).getBytes(StandardCharsets.UTF_8);
        assertEquals(LIMIT, body.length);
        HttpResponse<String> response = server.post(SMALL, body, SignatureVerifier.sign(SECRET, body));
        assertEquals(200, response.statusCode());
        assertEquals(1, events.getReceivedCounter());
    }

    @Test
    void declaredLengthOverTheLimitIs413() throws Exception {
        String json = Payloads.messaging(Payloads.textMessage("too-big", "x"));
        byte[] body = (json + " ".repeat(LIMIT + 1 - json.length())).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.post(SMALL, body, SignatureVerifier.sign(SECRET, body));
        assertEquals(413, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void streamedBodyOverTheLimitIs413WithoutReadingItWhole() throws Exception {
        long total = 1024L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(server.uri(SMALL))
                .timeout(Duration.ofSeconds(20))
                .header(SignatureVerifier.HEADER, "sha256=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Spaces(total, sent)))
                .build();
        HttpResponse<String> response = server.send(request);
        assertEquals(413, response.statusCode());
        assertEquals(0, events.getReceivedCounter());
        long read = sent.get();
        assertTrue(read < 16L * 1024 * 1024, "the client was made to send " + read + " bytes of a refused body");
    }

    @Test
    void declaredHugeBodyIsRefusedAtOnce() throws Exception {
        byte[] head = ("POST " + SMALL + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                       + "Content-Length: 10000000000\r\n\r\n{\"object\":").getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = RawHttp.send(server.port(), head);
        assertEquals(413, answer.status());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void theConnectionOfARefusedBodyIsClosedEvenIfTheClientStopsSending() throws Exception {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + SMALL + " HTTP/1.1\r\nHost: localhost\r\n"
                                            + "Content-Length: 10000000\r\n\r\n" + " ".repeat(2000))
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertEquals(413, RawHttp.read(in).status());
            socket.setSoTimeout(50);
            // the client sends nothing more: the server closes the connection once readTimeout has passed
            await().atMost(Duration.ofSeconds(10)).until(() -> closedByServer(in));
        }
        assertEquals(0, events.getReceivedCounter());
    }

    private static boolean closedByServer(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    @Test
    void aBodyThatDoesNotArriveIs408() throws Exception {
        byte[] head = ("POST " + SMALL + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                       + SignatureVerifier.HEADER + ": sha256=" + "a".repeat(64) + "\r\n"
                       + "Content-Length: 500\r\n\r\n{\"object\":\"instagram\"").getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = RawHttp.send(server.port(), head);
        assertEquals(408, answer.status());
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void aRequestWithoutSignatureIsRefusedBeforeItsBodyIsRead() throws Exception {
        byte[] head = ("POST " + SMALL + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                       + "Content-Length: 500\r\n\r\n{\"object\":\"instagram\"").getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = RawHttp.send(server.port(), head);
        assertEquals(403, answer.status(), "no need to wait for a body that could never be accepted");
        assertEquals(0, events.getReceivedCounter());
    }

    @Test
    void expectContinueIsAnswered() throws Exception {
        byte[] body = Payloads.messaging(Payloads.textMessage("continue", "x")).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.uri(WebhookServer.PATH))
                .timeout(Duration.ofSeconds(20))
                .expectContinue(true)
                .header(SignatureVerifier.HEADER, SignatureVerifier.sign(SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        assertEquals(200, server.send(request).statusCode());
        assertEquals(1, events.getReceivedCounter());
    }

    /** An endless supply of spaces that counts what the HTTP client pulled from it. */
    private static final class Spaces extends InputStream {

        private final long total;
        private final AtomicLong sent;

        Spaces(long total, AtomicLong sent) {
            this.total = total;
            this.sent = sent;
        }

        @Override
        public int read() {
            if (sent.get() >= total) {
                return -1;
            }
            sent.incrementAndGet();
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long left = total - sent.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) ' ');
            sent.addAndGet(n);
            return n;
        }
    }
}
