package io.github.camelinstagram.routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import io.github.camelinstagram.testing.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camel-main application configured by application.properties, as users write it, with its startup log captured:
 * secrets masked in the startup summary, options that are not numbers refused at start naming the option, a missing
 * token source said at start.
 */
class CamelMainApplicationTest extends WireMockTestSupport {

    private static final String APP_SECRET = "appSecretFromProperties77";

    @TempDir
    Path dir;

    private Main main(String properties) throws IOException {
        Path file = dir.resolve("application.properties");
        Files.writeString(file, properties);
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + file);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:profile").to("instagram:getProfile");
            }
        });
        return main;
    }

    @Test
    void startupSummaryMasksEverySecretOption() throws Exception {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"user_id\":\"" + ACCOUNT + "\"}")));
        Main main = main("camel.component.instagram.access-token=" + TOKEN + "\n"
                         + "camel.component.instagram.app-secret=" + APP_SECRET + "\n"
                         + "camel.component.instagram.app-id=1234567890\n"
                         + "camel.component.instagram.account-id=" + ACCOUNT + "\n"
                         + "camel.component.instagram.base-url=" + wireMock.baseUrl() + "\n"
                         + "camel.component.instagram.max-retries=2\n");
        try (LogCapture log = LogCapture.capture(Level.INFO)) {
            main.start();
            try {
                Exchange done = main.getCamelTemplate().send("direct:profile", exchange -> { });
                assertNull(done.getException());
                InstagramComponent component = main.getCamelContext().getComponent("instagram",
                        InstagramComponent.class);
                assertEquals(2, component.getConfiguration().getMaxRetries());
            } finally {
                main.stop();
            }
            String all = log.dump();
            assertTrue(all.contains("appSecret = xxxxxx"), all);
            assertTrue(all.contains("accessToken = xxxxxx"), all);
            assertTrue(all.contains("appId = 1234567890"), "public options are shown: " + all);
            assertFalse(all.contains(APP_SECRET), all);
            assertFalse(all.contains(TOKEN), all);
        }
    }

    @Test
    void numberOptionThatIsNotANumberStopsTheStart() throws Exception {
        Main main = main("camel.component.instagram.access-token=" + TOKEN + "\n"
                         + "camel.component.instagram.max-retries=abc\n");

        Exception failure = assertThrows(Exception.class, main::start);

        String messages = messages(failure);
        assertTrue(messages.contains("maxRetries") && messages.contains("whole number") && messages.contains("abc"),
                messages);
        main.stop();
    }

    @Test
    void durationOptionThatIsNotADurationStopsTheStart() throws Exception {
        Main main = main("camel.component.instagram.access-token=" + TOKEN + "\n"
                         + "camel.component.instagram.retry-delay=soon\n");

        Exception failure = assertThrows(Exception.class, main::start);

        String messages = messages(failure);
        assertTrue(messages.contains("retryDelay") && messages.contains("duration"), messages);
        main.stop();
    }

    @Test
    void noTokenAnywhereIsSaidAtStart() throws Exception {
        Main main = main("camel.component.instagram.base-url=" + wireMock.baseUrl() + "\n");
        try (LogCapture log = LogCapture.capture()) {
            main.start();
            main.stop();
            assertEquals(1, log.find(Level.WARN, "has no access token").size(), log.dump());
            assertTrue(log.dump().contains(InstagramConstants.ACCESS_TOKEN), log.dump());
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
