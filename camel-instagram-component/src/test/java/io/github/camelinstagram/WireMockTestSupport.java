package io.github.camelinstagram;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A CamelContext whose {@code instagram} component points at a WireMock server standing in for graph.instagram.com.
 * The account id is resolved through {@code /me} unless a test configures it.
 */
public abstract class WireMockTestSupport {

    public static final String TOKEN = "IGAAtestTokenValue0123456789secret";
    public static final String ACCOUNT = "17841400000000001";

    protected static WireMockServer wireMock;

    protected CamelContext context;
    protected ProducerTemplate template;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void startCamel() throws Exception {
        wireMock.resetAll();
        stubMe();
        context = new DefaultCamelContext();
        InstagramComponent component = new InstagramComponent();
        InstagramConfiguration configuration = component.getConfiguration();
        configuration.setBaseUrl(wireMock.baseUrl());
        configuration.setAccessToken(TOKEN);
        configuration.setRetryDelay(10);
        configure(configuration);
        configureComponent(component);
        context.addComponent("instagram", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** Lets a test class change the component's options before the context starts. */
    protected void configure(InstagramConfiguration configuration) {
    }

    /** Lets a test class set component-level options (token store, clock, refresh) before the context starts. */
    protected void configureComponent(InstagramComponent component) {
    }

    protected static void stubMe() {
        wireMock.stubFor(get(urlPathEqualTo("/v25.0/me"))
                .willReturn(json("{\"id\":\"999\",\"user_id\":\"" + ACCOUNT + "\",\"username\":\"shop\"}")));
    }

    protected static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    protected static ResponseDefinitionBuilder graphError(int status, int code, int subcode, String message) {
        String sub = subcode == 0 ? "" : ",\"error_subcode\":" + subcode;
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                          + sub + ",\"fbtrace_id\":\"AbCdEf123\"}}");
    }

    protected static void stub(MappingBuilder mapping) {
        wireMock.stubFor(mapping);
    }

    /** Sends an exchange to the endpoint with the given body and headers; failures stay on the exchange. */
    protected Exchange send(String uri, Object body, Object... headerPairs) {
        Map<String, Object> headers = new HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put((String) headerPairs[i], headerPairs[i + 1]);
        }
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(headers);
        });
    }

    /** No request that reached the stub carried the token in its URL. */
    protected static void assertTokenNeverInUrl() {
        wireMock.getAllServeEvents().forEach(event -> assertFalse(event.getRequest().getUrl().contains(TOKEN),
                "token in URL " + event.getRequest().getUrl()));
    }

    protected static int requestCount() {
        return wireMock.getAllServeEvents().size();
    }
}
