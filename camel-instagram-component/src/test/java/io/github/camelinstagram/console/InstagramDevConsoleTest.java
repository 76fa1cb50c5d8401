package io.github.camelinstagram.console;

import java.util.List;
import java.util.Map;

import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.WireMockTestSupport;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instagram dev console, resolved and called through Camel's dev-console registry, in text and JSON. */
class InstagramDevConsoleTest extends WireMockTestSupport {

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAccountId(ACCOUNT);
        configuration.setMaxRetries(0);
    }

    @Test
    void showsTheAccountItsUsageTheCallsByOutcomeAndRecentFailuresButNoToken() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":42,\"total_time\":5,\"total_cputime\":5}")));
        stub(get(urlPathEqualTo("/v25.0/c2")).willReturn(graphError(400, 4, 0, "Application request limit reached")));
        assertEquals(null, send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1").getException());
        assertNotNull(send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c2").getException());

        DevConsole console = DevConsoleRegistry.get(context).resolveById("instagram");
        assertNotNull(console, "registered as Camel's components register their consoles");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains(ACCOUNT + ": token ACTIVE") && text.contains("usage 42%"), text);
        assertTrue(text.contains("success=1") && text.contains("throttled=1"), text);
        assertTrue(text.contains("throttled getComment"), text);
        assertFalse(text.contains(TOKEN), text);

        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        List<?> components = (List<?>) json.get("components");
        Map<?, ?> component = (Map<?, ?>) components.get(0);
        assertEquals("instagram", component.get("name"));
        assertEquals("this instance", component.get("state"));
        Map<?, ?> account = (Map<?, ?>) ((List<?>) component.get("accounts")).get(0);
        assertEquals(ACCOUNT, account.get("accountId"));
        assertEquals(42, account.get("usagePercent"));
        assertEquals(1, ((List<?>) component.get("recentFailures")).size());
        assertFalse(json.toJson().contains(TOKEN));
    }
}
