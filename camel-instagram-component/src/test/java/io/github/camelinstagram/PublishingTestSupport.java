package io.github.camelinstagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Stubs of the publishing endpoints (containers, their status as a sequence of states, media_publish) and the
 * chronological list of the calls the stub received. Polling is shortened to tens of milliseconds.
 */
abstract class PublishingTestSupport extends WireMockTestSupport {

    static final String MEDIA = "/v25.0/" + ACCOUNT + "/media";
    static final String MEDIA_PUBLISH = "/v25.0/" + ACCOUNT + "/media_publish";
    static final String CREATE = "POST " + MEDIA;
    static final String PUBLISH = "POST " + MEDIA_PUBLISH;

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
        configuration.setPollInitialDelay(20);
        configuration.setPollMaxInterval(100);
    }

    static String status(String container) {
        return "GET /v25.0/" + container;
    }

    static String statusJson(String container, String statusCode) {
        return "{\"status_code\":\"" + statusCode + "\",\"id\":\"" + container + "\"}";
    }

    /** The container answers the given states one after the other, then keeps the last one. */
    static void stubStatus(String container, String... states) {
        ResponseDefinitionBuilder[] answers = new ResponseDefinitionBuilder[states.length];
        for (int i = 0; i < states.length; i++) {
            answers[i] = json(statusJson(container, states[i]));
        }
        stubStatusAnswers(container, answers);
    }

    static void stubStatusAnswers(String container, ResponseDefinitionBuilder... answers) {
        String scenario = "status of " + container;
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i + 1 < answers.length ? "answer " + (i + 1) : state;
            stub(get(urlPathEqualTo("/v25.0/" + container)).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    static void stubPublish(String container, String mediaId) {
        stub(post(urlPathEqualTo(MEDIA_PUBLISH)).withFormParam("creation_id", equalTo(container))
                .willReturn(json("{\"id\":\"" + mediaId + "\"}")));
    }

    static ResponseDefinitionBuilder transientError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your request"
                          + " later.\",\"type\":\"OAuthException\",\"code\":2,\"is_transient\":true,"
                          + "\"fbtrace_id\":\"Tr4ns\"}}");
    }

    /** "METHOD path" of every request the stub received, oldest first. */
    static List<String> calls() {
        List<ServeEvent> events = new ArrayList<>(wireMock.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(event -> event.getRequest().getMethod().value() + " "
                                            + event.getRequest().getUrl().replaceAll("\\?.*", "")).toList();
    }

    static long count(String call) {
        return calls().stream().filter(call::equals).count();
    }

    static Exchange ok(Exchange exchange) {
        assertNull(exchange.getException(), () -> "exchange failed: " + exchange.getException());
        return exchange;
    }
}
