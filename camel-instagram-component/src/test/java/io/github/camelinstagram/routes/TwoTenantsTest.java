package io.github.camelinstagram.routes;

import java.util.List;
import java.util.Map;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Two tenants through one route: each call goes out with its own tenant's token, whether the token is in the URI of
 * a toD, a recipient list or a ProducerTemplate, or in the header. The URIs differ only by the token (each tenant's
 * account is found with its token's /me): endpoints that differ only by a secret are different endpoints, so Camel's
 * producer cache never sends one tenant's call with the other's token.
 */
class TwoTenantsTest extends WireMockTestSupport {

    private static final String TENANT_A = "17841400000000111";
    private static final String TENANT_B = "17841400000000222";
    private static final String TOKEN_A = "IGAAtenantAAAAAAAAAAAAAAAAAA";
    private static final String TOKEN_B = "IGAAtenantBBBBBBBBBBBBBBBBBB";

    /** Each tenant's /me, told apart by the token it is asked with, and each tenant's profile. */
    private void stubProfiles() {
        for (String[] tenant : List.of(new String[] { TENANT_A, TOKEN_A }, new String[] { TENANT_B, TOKEN_B })) {
            stub(get(urlPathEqualTo("/v25.0/me")).withHeader("Authorization", equalTo("Bearer " + tenant[1]))
                    .willReturn(json("{\"id\":\"9\",\"user_id\":\"" + tenant[0] + "\"}")));
            stub(get(urlPathEqualTo("/v25.0/" + tenant[0])).willReturn(json("{\"user_id\":\"" + tenant[0] + "\"}")));
        }
    }

    private void verifyEachTenantUsedItsOwnToken(int callsEach) {
        wireMock.verify(callsEach, getRequestedFor(urlPathEqualTo("/v25.0/" + TENANT_A))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN_A)));
        wireMock.verify(callsEach, getRequestedFor(urlPathEqualTo("/v25.0/" + TENANT_B))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN_B)));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/v25.0/" + TENANT_A))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN_B)));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/v25.0/" + TENANT_B))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN_A)));
    }

    @Test
    void toDWithTheTokenInTheUri() throws Exception {
        stubProfiles();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tenant")
                        .toD("instagram:getProfile?accessToken=RAW(${header.token})");
            }
        });

        for (int i = 0; i < 3; i++) {
            for (String[] tenant : List.of(new String[] { TENANT_A, TOKEN_A }, new String[] { TENANT_B, TOKEN_B })) {
                Exchange done = template.send("direct:tenant", exchange -> exchange.getMessage().setHeaders(
                        new java.util.HashMap<>(Map.of("tenant", tenant[0], "token", tenant[1]))));
                assertNull(done.getException());
            }
        }
        verifyEachTenantUsedItsOwnToken(3);
    }

    @Test
    void recipientListAndProducerTemplateWithTheTokenInTheUri() throws Exception {
        stubProfiles();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:both").recipientList(header("targets"));
            }
        });

        template.sendBodyAndHeader("direct:both", null, "targets",
                "instagram:getProfile?accessToken=" + TOKEN_A + ",instagram:getProfile?accessToken=" + TOKEN_B);
        template.sendBody("instagram:getProfile?accessToken=" + TOKEN_A, null);
        template.sendBody("instagram:getProfile?accessToken=" + TOKEN_B, null);

        verifyEachTenantUsedItsOwnToken(2);
    }

    @Test
    void headerTokensThroughOneEndpoint() throws Exception {
        stubProfiles();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:header").to("instagram:getProfile");
            }
        });

        for (String[] tenant : List.of(new String[] { TENANT_A, TOKEN_A }, new String[] { TENANT_B, TOKEN_B })) {
            Exchange done = template.send("direct:header", exchange -> {
                exchange.getMessage().setHeader(InstagramConstants.ACCOUNT_ID, tenant[0]);
                exchange.getMessage().setHeader(InstagramConstants.ACCESS_TOKEN, tenant[1]);
            });
            assertNull(done.getException());
            assertEquals(tenant[0], done.getMessage().getBody(io.github.camelinstagram.model.InstagramAccount.class)
                    .getUserId());
        }
        verifyEachTenantUsedItsOwnToken(1);
    }
}
