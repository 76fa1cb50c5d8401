package io.github.camelinstagram.webhook.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelinstagram.webhook.dispatch.EventDispatcher;
import io.github.camelinstagram.webhook.dispatch.EventFilter;
import io.github.camelinstagram.webhook.dispatch.InFlightEvents;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.idempotent.RepositoryLedger;
import io.github.camelinstagram.webhook.parse.WebhookPayloadParser;
import io.github.camelinstagram.webhook.signature.RefusalLog;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import io.github.camelinstagram.webhook.signature.VerifyTokenMatcher;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The path for platform-http engines other than Vert.x: the request is read from the Camel message (CamelHttp*
 * headers, request headers, a byte[], stream or String body) and answered on it, without echoing request headers.
 */
class GenericEngineRequestTest {

    private static final String SECRET = "generic-secret";
    private static final byte[] PAYLOAD = ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"1\",\"time\":1569262486134,"
                                           + "\"messaging\":[{\"sender\":{\"id\":\"u\"},\"timestamp\":1569262485349,"
                                           + "\"message\":{\"mid\":\"g1\",\"text\":\"hi\"}}]}]}")
            .getBytes(StandardCharsets.UTF_8);

    private final List<WebhookEvent> routed = new CopyOnWriteArrayList<>();
    private CamelContext context;
    private EngineWebhookProcessor processor;
    private java.util.concurrent.ScheduledExecutorService timers;

    @BeforeEach
    void setUp() throws Exception {
        context = new DefaultCamelContext();
        context.start();
        var repository = MemoryIdempotentRepository.memoryIdempotentRepository(100);
        repository.start();
        timers = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        EventDispatcher dispatcher = new EventDispatcher(new EventFilter(Set.of(), false),
                new RepositoryLedger(repository),
                new InFlightEvents(), (event, deadline) -> {
                    routed.add(event);
                    return java.util.concurrent.CompletableFuture.completedFuture(true);
                }, timers, Runnable::run);
        processor = new EngineWebhookProcessor(new WebhookParts(new VerificationHandshake(new VerifyTokenMatcher(
                "tok")), new SignatureVerifier(List.of(SECRET)), new RefusalLog("/generic"),
                new DeliveryHandler(new WebhookPayloadParser(), dispatcher), 1024, 1000, 5000));
    }

    @AfterEach
    void tearDown() {
        timers.shutdownNow();
        context.stop();
    }

    private Exchange request(String method, Object body) {
        Exchange exchange = new DefaultExchange(context);
        Message in = exchange.getIn();
        in.setHeader(Exchange.HTTP_METHOD, method);
        in.setHeader("hub.verify_token", "tok");
        in.setBody(body);
        return exchange;
    }

    private static Message answer(Exchange exchange) {
        return exchange.getMessage();
    }

    @Test
    void signedByteArrayIsRoutedAndNoRequestHeaderIsEchoed() throws Exception {
        Exchange exchange = request("POST", PAYLOAD);
        exchange.getIn().setHeader(SignatureVerifier.HEADER, SignatureVerifier.sign(SECRET, PAYLOAD));
        processor.process(exchange);
        assertEquals(200, answer(exchange).getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(1, routed.size());
        assertEquals("g1", routed.get(0).getEventId());
        assertNull(answer(exchange).getHeader("hub.verify_token"));
        assertNull(answer(exchange).getHeader(SignatureVerifier.HEADER));
        assertEquals(0, answer(exchange).getBody(byte[].class).length);
    }

    @Test
    void streamAndStringBodiesAreReadToo() throws Exception {
        Exchange stream = request("post", new ByteArrayInputStream(PAYLOAD));
        stream.getIn().setHeader(SignatureVerifier.HEADER, SignatureVerifier.sign(SECRET, PAYLOAD));
        processor.process(stream);
        assertEquals(200, answer(stream).getHeader(Exchange.HTTP_RESPONSE_CODE));
        Exchange text = request("POST", new String(PAYLOAD, StandardCharsets.UTF_8).replace("g1", "g2"));
        text.getIn().setHeader(SignatureVerifier.HEADER,
                SignatureVerifier.sign(SECRET, text.getIn().getBody(String.class).getBytes(StandardCharsets.UTF_8)));
        processor.process(text);
        assertEquals(200, answer(text).getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(List.of("g1", "g2"), routed.stream().map(WebhookEvent::getEventId).toList());
    }

    @Test
    void oversizedStreamIs413AndReadingStopsAtTheLimit() throws Exception {
        long[] served = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }
        };
        Exchange exchange = request("POST", endless);
        processor.process(exchange);
        assertEquals(413, answer(exchange).getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals("close", answer(exchange).getHeader("Connection"));
        assertEquals(1025, served[0]);
        assertEquals(0, routed.size());
    }

    @Test
    void declaredLengthOverTheLimitIs413WithoutReading() throws Exception {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        Exchange exchange = request("POST", untouchable);
        exchange.getIn().setHeader("Content-Length", "5000");
        processor.process(exchange);
        assertEquals(413, answer(exchange).getHeader(Exchange.HTTP_RESPONSE_CODE));
    }

    @Test
    void handshakeReadsTheRawQuery() throws Exception {
        Exchange raw = request("GET", null);
        raw.getIn().setHeader(Exchange.HTTP_RAW_QUERY, "hub.mode=subscribe&hub.challenge=a%2Bb&hub.verify_token=tok");
        processor.process(raw);
        assertEquals(200, answer(raw).getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertArrayEquals("a+b".getBytes(StandardCharsets.UTF_8), answer(raw).getBody(byte[].class));
        assertEquals("text/plain; charset=utf-8", answer(raw).getHeader(Exchange.CONTENT_TYPE));
        assertEquals("nosniff", answer(raw).getHeader("X-Content-Type-Options"));

        Exchange decodedOnly = request("GET", null);
        decodedOnly.getIn().setHeader(Exchange.HTTP_QUERY, "hub.mode=subscribe&hub.challenge=7&hub.verify_token=tok");
        processor.process(decodedOnly);
        assertEquals(200, answer(decodedOnly).getHeader(Exchange.HTTP_RESPONSE_CODE));

        Exchange wrong = request("GET", null);
        wrong.getIn().setHeader(Exchange.HTTP_RAW_QUERY, "hub.mode=subscribe&hub.challenge=7&hub.verify_token=%zz");
        processor.process(wrong);
        assertEquals(403, answer(wrong).getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(0, routed.size());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        Exchange exchange = request("PUT", PAYLOAD);
        processor.process(exchange);
        assertEquals(405, answer(exchange).getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals("GET, POST", answer(exchange).getHeader("Allow"));
        Exchange none = request(null, PAYLOAD);
        processor.process(none);
        assertEquals(405, answer(none).getHeader(Exchange.HTTP_RESPONSE_CODE));
    }
}
