package io.github.camelinstagram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelinstagram.model.Comment;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The paging loop of the user guide reads every page once and stops after the last one.
 */
class PagingRouteTest extends WireMockTestSupport {

    @Test
    void loopOverAllPagesAsTheGuideShows() throws Exception {
        stubPage(null, "[{\"id\":\"c1\"},{\"id\":\"c2\"}]", "P2");
        stubPage("P2", "[{\"id\":\"c3\"}]", "P3");
        stubPage("P3", "[{\"id\":\"c4\"}]", null);
        List<String> seen = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:allComments")
                        .to("instagram:listComments")
                        .to("direct:handlePage")
                        .loopDoWhile(header(InstagramConstants.NEXT_CURSOR).isNotNull())
                            .setHeader(InstagramConstants.CURSOR, header(InstagramConstants.NEXT_CURSOR))
                            .to("instagram:listComments")
                            .to("direct:handlePage")
                        .end();
                from("direct:handlePage").process(exchange -> {
                    for (Object item : exchange.getMessage().getBody(List.class)) {
                        seen.add(((Comment) item).getId());
                    }
                });
            }
        });

        template.sendBodyAndHeader("direct:allComments", null, InstagramConstants.MEDIA_ID, "m1");

        assertEquals(List.of("c1", "c2", "c3", "c4"), seen);
        assertEquals(3, wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v25.0/m1/comments"))).size());
    }

    private static void stubPage(String after, String data, String next) {
        String paging = next == null
                ? "{\"cursors\":{\"before\":\"B\",\"after\":\"END\"}}"
                : "{\"cursors\":{\"before\":\"B\",\"after\":\"" + next + "\"},\"next\":\"https://graph/next\"}";
        stub(get(urlPathEqualTo("/v25.0/m1/comments"))
                .withQueryParam("after", after == null ? absent() : equalTo(after))
                .willReturn(json("{\"data\":" + data + ",\"paging\":" + paging + "}")));
    }
}
