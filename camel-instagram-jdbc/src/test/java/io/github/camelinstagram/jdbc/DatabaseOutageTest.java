package io.github.camelinstagram.jdbc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.error.InstagramStateUnavailableException;
import io.github.camelinstagram.jdbc.testing.GraphStub;
import io.github.camelinstagram.jdbc.testing.Postgres;
import io.github.camelinstagram.jdbc.testing.Replica;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The database stops while an instance runs: calls fail at once with InstagramStateUnavailableException (nothing is
 * sent on per-instance state), webhook requests are answered 503 so that Meta delivers them again, and when the
 * database is back everything works again without restarting the context.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DatabaseOutageTest {

    private static final String SECRET = "outage-secret";
    private static final String SEND = "instagram:sendMessage?accessToken=RAW(outage-token)&accountId="
                                       + GraphStub.ACCOUNT;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Postgres postgres = Postgres.shared();
    private GraphStub graph;
    private Replica replica;

    @BeforeEach
    void start() throws Exception {
        graph = GraphStub.start(100);
        replica = Replica.start("outage", postgres, graph.baseUrl(), new RouteBuilder() {
            @Override
            public void configure() {
                from("instagram-webhook:/ig?verifyToken=v&appSecret=RAW(" + SECRET + ")&dataSource=#pg")
                        .to("mock:events");
            }
        });
    }

    @AfterEach
    void stop() {
        postgres.start();
        replica.close();
        graph.close();
    }

    @Test
    void callsFailPromptlyAndWebhooksAre503WhileTheDatabaseIsDownThenAllRecovers() throws Exception {
        assertEquals(null, send("before").getException());
        assertEquals(200, post("mid.before"));

        postgres.stop();
        Exchange failed = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> send("during"));
        assertInstanceOf(InstagramStateUnavailableException.class, failed.getException(),
                () -> "failed with " + failed.getException());
        assertEquals(503, (int) assertTimeoutPreemptively(Duration.ofSeconds(15), () -> post("mid.during")));
        int sent = graph.accepted();

        postgres.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> send("after").getException() == null);
        await().atMost(Duration.ofSeconds(30)).until(() -> post("mid.during") == 200);
        assertEquals(200, post("mid.during"), "routed once, a duplicate afterwards");
        assertEquals(sent + 1, graph.accepted(), "nothing was sent while the database was down");
    }

    private Exchange send(String text) {
        return replica.context().createProducerTemplate().send(SEND, exchange -> {
            exchange.getIn().setHeader("CamelInstagramRecipientId", "5614879045272581");
            exchange.getIn().setBody(text);
        });
    }

    private int post(String mid) throws Exception {
        byte[] body = ("{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1569262486,"
                       + "\"messaging\":[{\"sender\":{\"id\":\"5614879045272581\"},\"recipient\":{\"id\":"
                       + "\"17841400000000001\"},\"timestamp\":1569262485349,\"message\":{\"mid\":\"" + mid
                       + "\",\"text\":\"hi\"}}]}]}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + replica.port() + "/ig"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.sign(SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
