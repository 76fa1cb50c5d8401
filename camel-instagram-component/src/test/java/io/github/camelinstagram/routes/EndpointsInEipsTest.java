package io.github.camelinstagram.routes;

import java.util.List;
import java.util.Map;

import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import io.github.camelinstagram.model.Comment;
import io.github.camelinstagram.model.InstagramAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * instagram: endpoints inside the EIPs routes are made of, created however and whenever routes create them: split and
 * multicast (the README's moderation example) in routes added before the context starts, recipient list, enrich, toD,
 * routes added after the context started, and a component that Camel creates by itself from the URI. (An endpoint
 * that failed there used to leave its exchange waiting for ever: the timeout turns that into a failure.)
 */
@Timeout(60)
class EndpointsInEipsTest extends WireMockTestSupport {

    private static final String COMMENTS = "{\"data\":[{\"id\":\"c1\",\"text\":\"buy spam now\"},"
                                           + "{\"id\":\"c2\",\"text\":\"lovely\"},{\"id\":\"c3\",\"text\":\"spam\"}]}";

    /**
     * A context whose routes are added before it starts, as camel-main, Spring Boot and JBang do, with the component
     * configured as the base class does.
     */
    private static CamelContext startedWith(RouteBuilder routes) throws Exception {
        CamelContext fresh = new DefaultCamelContext();
        InstagramComponent component = new InstagramComponent();
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setAccessToken(TOKEN);
        fresh.addComponent("instagram", component);
        fresh.addRoutes(routes);
        fresh.start();
        return fresh;
    }

    @Test
    void readmeModerationExampleHidesSpamInsideSplit() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/17895695668004550/comments")).willReturn(json(COMMENTS)));
        stub(post(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"success\":true}")));
        stub(post(urlPathEqualTo("/v25.0/c3")).willReturn(json("{\"success\":true}")));
        CamelContext app = startedWith(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:moderate")
                        .setHeader(InstagramConstants.MEDIA_ID, constant("17895695668004550"))
                        .to("instagram:listComments")
                        .split(body())
                            .filter(simple("${body.text} contains 'spam'"))
                            .setHeader(InstagramConstants.COMMENT_ID, simple("${body.id}"))
                            .to("instagram:hideComment");
            }
        });

        Exchange done;
        try {
            done = app.createProducerTemplate().send("direct:moderate", exchange -> { });
        } finally {
            app.stop();
        }

        assertNull(done.getException());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/c1")).withRequestBody(equalTo("hide=true")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/c3")).withRequestBody(equalTo("hide=true")));
        wireMock.verify(0, postRequestedFor(urlPathEqualTo("/v25.0/c2")));
    }

    @Test
    void multicastRecipientListAndEnrichCallEachEndpoint() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"user_id\":\"" + ACCOUNT
                                                                           + "\",\"username\":\"shop\"}")));
        stub(get(urlPathEqualTo("/v25.0/m1/comments")).willReturn(json(COMMENTS)));
        CamelContext app = startedWith(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:multicast").multicast().parallelProcessing()
                        .to("instagram:getProfile", "instagram:listComments?fields=id,text").end();
                from("direct:recipients").recipientList(constant("instagram:getProfile,instagram:listComments"));
                from("direct:enrich").enrich("instagram:getProfile?pageSize=5",
                        (original, profile) -> {
                            original.getMessage().setHeader("username",
                                    profile.getMessage().getBody(InstagramAccount.class).getUsername());
                            return original;
                        });
            }
        });

        Exchange enriched;
        try {
            ProducerTemplate producer = app.createProducerTemplate();
            for (String route : List.of("direct:multicast", "direct:recipients")) {
                Exchange done = producer.send(route, exchange -> exchange.getMessage()
                        .setHeader(InstagramConstants.MEDIA_ID, "m1"));
                assertNull(done.getException(), route);
            }
            enriched = producer.send("direct:enrich", exchange -> exchange.getMessage().setBody("keep me"));
        } finally {
            app.stop();
        }

        assertNull(enriched.getException());
        assertEquals("shop", enriched.getMessage().getHeader("username"));
        assertEquals("keep me", enriched.getMessage().getBody());
        wireMock.verify(3, getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT)));
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/v25.0/m1/comments")));
    }

    @Test
    void routeAddedAfterStartAndDynamicEndpointsWork() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/m1/comments")).willReturn(json(COMMENTS)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dynamic").toD("instagram:${header.op}?pageSize=${header.size}");
            }
        });

        Exchange done = template.send("direct:dynamic", exchange -> exchange.getMessage().setHeaders(
                new java.util.HashMap<>(Map.of("op", "listComments", "size", "2", InstagramConstants.MEDIA_ID, "m1"))));

        assertNull(done.getException());
        assertEquals(3, done.getMessage().getBody(List.class).size());
        assertInstanceOf(Comment.class, done.getMessage().getBody(List.class).get(0));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/m1/comments")).withQueryParam("limit", equalTo("2")));
    }

    @Test
    void componentThatCamelCreatesFromTheUriWorksInsideSplit() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"user_id\":\"" + ACCOUNT + "\"}")));
        try (CamelContext lazy = new DefaultCamelContext()) {
            lazy.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:each").split(body())
                            .to("instagram:getProfile?accessToken=RAW(" + TOKEN + ")&baseUrl=" + wireMock.baseUrl()
                                + "&accountId=" + ACCOUNT);
                }
            });
            lazy.start();

            Exchange done = lazy.createProducerTemplate().send("direct:each",
                    exchange -> exchange.getMessage().setBody(List.of(1, 2, 3)));

            assertNull(done.getException());
            assertInstanceOf(InstagramComponent.class, lazy.getComponent("instagram"));
        }
        wireMock.verify(3, getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void endpointUriGivesBackTheSameWorkingEndpoint() {
        Endpoint first = context.getEndpoint("instagram:getProfile?accountId=" + ACCOUNT + "&accessToken=IGAAtenantOne123");
        Endpoint again = context.getEndpoint(first.getEndpointUri());
        Endpoint other = context.getEndpoint("instagram:getProfile?accountId=" + ACCOUNT + "&accessToken=IGAAtenantTwo456");

        assertSame(first, again);
        assertNotSame(first, other, "other token, other endpoint");
    }
}
