package io.github.camelinstagram;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs successful calls, API errors whose message quotes the token, retries and connection failures, and proves that no
 * token appears in any log line, exception message or stack trace, or endpoint {@code toString()}.
 * <p>
 * A token configured on the component or sent in the header never appears, even with every logger at TRACE. A token
 * written into an endpoint URI stays out of everything Camel prints at DEBUG and above; Camel core's own TRACE lines
 * of endpoint resolution print raw URIs, which is why the documentation says to configure tokens on the component.
 */
class SecretsNeverLeakTest extends WireMockTestSupport {

    private static final String URI_TOKEN = "IGAAuriConfiguredToken9876543210";
    private static final String HEADER_TOKEN = "IGAAheaderTenantToken5555555555";
    private static final String[] SECRETS = { TOKEN, URI_TOKEN, HEADER_TOKEN, "uriConfiguredToken", "testTokenValue",
        "appSecretNeverLogged42" };

    private static final String APP_SECRET = "appSecretNeverLogged42";

    private final ConcurrentLinkedQueue<String> logLines = new ConcurrentLinkedQueue<>();
    private CapturingAppender appender;
    private Level previousRootLevel;

    @Override
    protected void configure(InstagramConfiguration configuration) {
        configuration.setAppSecret(APP_SECRET);
    }

    @BeforeEach
    void captureAllLogs() {
        LoggerContext loggers = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = loggers.getConfiguration();
        appender = new CapturingAppender(logLines);
        appender.start();
        configuration.addAppender(appender);
        LoggerConfig root = configuration.getRootLogger();
        previousRootLevel = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        configuration.getLoggerConfig("io.github.camelinstagram").addAppender(appender, Level.ALL, null);
        configuration.getLoggerConfig("io.github.camelinstagram").setLevel(Level.ALL);
        loggers.updateLoggers();
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext loggers = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = loggers.getConfiguration();
        configuration.getRootLogger().removeAppender(appender.getName());
        configuration.getRootLogger().setLevel(previousRootLevel);
        configuration.getLoggerConfig("io.github.camelinstagram").removeAppender(appender.getName());
        configuration.getLoggerConfig("io.github.camelinstagram").setLevel(Level.INFO);
        loggers.updateLoggers();
        appender.stop();
    }

    @Test
    void componentAndHeaderTokensNeverAppearWithEveryLoggerAtTrace() throws Exception {
        runCallsAndCheck(false);
    }

    @Test
    void uriTokensNeverAppearInWhatCamelPrintsAtDebug() throws Exception {
        LoggerContext loggers = (LoggerContext) LogManager.getContext(false);
        loggers.getConfiguration().getRootLogger().setLevel(Level.DEBUG);
        loggers.updateLoggers();
        runCallsAndCheck(true);
    }

    @Test
    void loginSecretsNeverAppearWithEveryLoggerAtTrace() {
        String appSecret = APP_SECRET;
        String shortToken = "IGAAshortNeverLogged4242";
        String longToken = "IGAAlongNeverLogged424242";
        stub(post(urlPathEqualTo("/oauth/access_token")).willReturn(json("{\"access_token\":\"" + shortToken
                                                                          + "\",\"user_id\":17841,\"permissions\":[]}")));
        stub(get(urlPathEqualTo("/access_token")).willReturn(json("{\"access_token\":\"" + longToken
                                                                  + "\",\"expires_in\":5183944}")));
        stub(get(urlPathEqualTo("/refresh_access_token")).willReturn(graphError(400, 100,
                0, "Invalid token " + longToken + " for secret " + appSecret)));
        String options = "?appId=1&redirectUri=https://x.example/cb&oauthBaseUrl=" + wireMock.baseUrl();
        InstagramComponent component = context.getComponent("instagram", InstagramComponent.class);

        Exchange login = send("instagram:exchangeCode" + options, "a-code");
        Exchange refresh = send("instagram:refreshToken", null, InstagramConstants.ACCOUNT_ID, "17841");

        assertTrue(login.getException() == null, () -> String.valueOf(login.getException()));
        assertNotNull(refresh.getException());
        assertTrue(logLines.stream().anyMatch(line -> line.contains("GET /access_token")),
                "the token calls were logged, without their query");
        String[] secrets = { appSecret, shortToken, longToken };
        StringWriter trace = new StringWriter();
        refresh.getException().printStackTrace(new PrintWriter(trace));
        for (String text : List.of(String.join("\n", logLines), trace.toString(),
                login.getMessage().getBody().toString(), component.getTokenStore().toString())) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), "a login secret leaked: " + text);
            }
        }
    }

    private void runCallsAndCheck(boolean tokensInUris) throws Exception {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")
                .withHeader("X-App-Usage", "{\"call_count\":95}")));
        stub(get(urlPathEqualTo("/v25.0/bad")).willReturn(graphError(400, 190, 467,
                "Invalid OAuth access token - Cannot parse access token: " + TOKEN)));
        stub(get(urlPathEqualTo("/v25.0/echo")).willReturn(graphError(400, 100, 0,
                "Unsupported request for token " + HEADER_TOKEN + " and " + URI_TOKEN)));
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).willReturn(graphError(400, 4, 0,
                "Application request limit reached")));
        if (tokensInUris) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:uriToken").to("instagram:getComment?appSecret=" + APP_SECRET + "&accessToken="
                                               + URI_TOKEN);
                    from("direct:uriRawToken").to("instagram:getComment?accessToken=RAW(" + URI_TOKEN + ")");
                }
            });
        }

        List<Exchange> exchanges = new ArrayList<>();
        exchanges.add(send("instagram:getProfile", null));
        exchanges.add(send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "echo",
                InstagramConstants.ACCESS_TOKEN, HEADER_TOKEN));
        exchanges.add(send("instagram:reply?maxRetries=2", "hello", InstagramConstants.COMMENT_ID, "c1"));
        if (tokensInUris) {
            exchanges.add(send("direct:uriToken", null, InstagramConstants.COMMENT_ID, "echo"));
            exchanges.add(send("direct:uriRawToken", null, InstagramConstants.COMMENT_ID, "echo"));
        }
        exchanges.add(send("instagram:getComment?baseUrl=http://127.0.0.1:" + closedPort(), null,
                InstagramConstants.COMMENT_ID, "c1"));
        exchanges.add(send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "bad"));

        assertTrue(logLines.stream().anyMatch(line -> line.contains("GET /v25.0/" + ACCOUNT)),
                "the client's request log was captured: the check below is meaningful");
        assertTrue(logLines.stream().anyMatch(line -> line.contains("Retrying POST /v25.0/c1/replies")));
        for (String line : logLines) {
            assertNoSecret("log line", line);
        }
        for (Exchange exchange : exchanges.subList(1, exchanges.size())) {
            assertNotNull(exchange.getException(), "each of these calls fails");
            StringWriter trace = new StringWriter();
            exchange.getException().printStackTrace(new PrintWriter(trace));
            assertNoSecret("exception", trace.toString());
        }
        String invalidTokenMessage = exchanges.get(exchanges.size() - 1).getException().getMessage();
        assertTrue(invalidTokenMessage.contains("Cannot parse access token: ***"), invalidTokenMessage);
        for (Endpoint endpoint : context.getEndpoints()) {
            assertNoSecret("endpoint toString", endpoint.toString());
            if (endpoint instanceof InstagramEndpoint instagram) {
                assertNoSecret("configuration toString", instagram.getConfiguration().toString());
            }
        }
        if (tokensInUris) {
            assertTrue(context.getEndpoints().stream().anyMatch(e -> e instanceof InstagramEndpoint i
                    && URI_TOKEN.equals(i.getConfiguration().getAccessToken())), "the URI token was in use");
        }
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), where + " contains a secret: " + text);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class CapturingAppender extends AbstractAppender {
        private final ConcurrentLinkedQueue<String> lines;

        CapturingAppender(ConcurrentLinkedQueue<String> lines) {
            super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
            this.lines = lines;
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(' ').append(trace);
            }
            lines.add(line.toString());
        }
    }
}
