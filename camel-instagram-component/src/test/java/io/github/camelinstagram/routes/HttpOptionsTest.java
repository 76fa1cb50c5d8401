package io.github.camelinstagram.routes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.camelinstagram.InstagramComponent;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.error.InstagramConnectionException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How calls reach the network: on a bounded, named pool of Camel's ExecutorServiceManager, through an HTTP proxy,
 * over TLS with Camel's SSLContextParameters, or with an HttpClient of the user's own.
 */
class HttpOptionsTest {

    private static final String TOKEN = "IGAAhttpOptionsToken0123456789";
    private static final String ACCOUNT = "17841400000000001";
    private static final String PROFILE = "{\"user_id\":\"" + ACCOUNT + "\",\"username\":\"shop\"}";

    @TempDir
    Path dir;

    @Test
    void callsRunOnABoundedNamedPool() throws Exception {
        WireMockServer slow = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slow.start();
        slow.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(aResponse().withStatus(200)
                .withFixedDelay(150).withBody(PROFILE)));
        try (CamelContext context = new DefaultCamelContext()) {
            InstagramComponent component = component("http://localhost:" + slow.port());
            component.setHttpPoolSize(3);
            context.addComponent("instagram", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                calls.add(template.asyncSend("instagram:getProfile", exchange -> { }));
            }
            Set<String> seen = ConcurrentHashMap.newKeySet();
            while (!calls.stream().allMatch(CompletableFuture::isDone)) {
                Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                        .filter(name -> name.contains("InstagramHttp")).forEach(seen::add);
                CompletableFuture.anyOf(calls.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
                calls.stream().filter(c -> !c.isDone()).findFirst().ifPresent(c -> {
                    try {
                        c.get(20, TimeUnit.MILLISECONDS);
                    } catch (Exception stillRunning) {
                        // sample the threads again
                    }
                });
            }
            for (CompletableFuture<Exchange> call : calls) {
                assertNull(call.get().getException());
            }
            assertFalse(seen.isEmpty(), "the exchanges ran on threads named InstagramHttp");
            assertTrue(seen.size() <= 3, "at most httpPoolSize threads: " + seen);
        } finally {
            slow.stop();
        }
    }

    @Test
    void callsGoThroughTheConfiguredProxy() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(PROFILE);
             CamelContext context = new DefaultCamelContext()) {
            InstagramComponent component = component("http://graph.instagram.invalid");
            component.getConfiguration().setProxyHost("localhost");
            component.getConfiguration().setProxyPort(proxy.port());
            context.addComponent("instagram", component);
            context.start();

            Exchange done = context.createProducerTemplate().send("instagram:getProfile", exchange -> { });

            assertNull(done.getException());
            assertTrue(proxy.requestLines().get(0).startsWith("GET http://graph.instagram.invalid/v25.0/" + ACCOUNT),
                    proxy.requestLines().toString());
        }
    }

    @Test
    void userSuppliedHttpClientIsTheOneUsed() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(PROFILE);
             CamelContext context = new DefaultCamelContext()) {
            HttpClient own = HttpClient.newBuilder()
                    .proxy(ProxySelector.of(new InetSocketAddress("localhost", proxy.port()))).build();
            context.getRegistry().bind("myHttpClient", own);
            context.addComponent("instagram", component("http://graph.instagram.invalid"));
            context.start();

            Exchange done = context.createProducerTemplate().send("instagram:getProfile?httpClient=#myHttpClient",
                    exchange -> { });

            assertNull(done.getException());
            assertEquals(1, proxy.requestLines().size());
        }
    }

    @Test
    void tlsWithCamelSslContextParameters() throws Exception {
        Path keystore = selfSignedKeystore();
        WireMockServer tls = new WireMockServer(WireMockConfiguration.options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystorePassword("changeit").keyManagerPassword("changeit")
                .keystoreType("PKCS12"));
        tls.start();
        tls.stubFor(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(aResponse().withStatus(200).withBody(PROFILE)));
        try (CamelContext context = new DefaultCamelContext()) {
            KeyStoreParameters trust = new KeyStoreParameters();
            trust.setResource("file:" + keystore);
            trust.setPassword("changeit");
            trust.setType("PKCS12");
            TrustManagersParameters trustManagers = new TrustManagersParameters();
            trustManagers.setKeyStore(trust);
            SSLContextParameters ssl = new SSLContextParameters();
            ssl.setTrustManagers(trustManagers);
            context.getRegistry().bind("sandboxTls", ssl);
            context.addComponent("instagram", component("https://localhost:" + tls.httpsPort()));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            Exchange trusted = template.send("instagram:getProfile?sslContextParameters=#sandboxTls", exchange -> { });
            Exchange untrusted = template.send("instagram:getProfile", exchange -> { });

            assertNull(trusted.getException());
            assertInstanceOf(InstagramConnectionException.class, untrusted.getException(),
                    "the JDK's default trust store does not know the self-signed certificate");
        } finally {
            tls.stop();
        }
    }

    private static InstagramComponent component(String baseUrl) {
        InstagramComponent component = new InstagramComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAccessToken(TOKEN);
        component.getConfiguration().setAccountId(ACCOUNT);
        component.getConfiguration().setMaxRetries(0);
        component.setAutoRefreshToken(false);
        return component;
    }

    private Path selfSignedKeystore() throws Exception {
        Path keystore = dir.resolve("tls.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        return keystore;
    }

    /** An HTTP proxy that records each request line and answers every request with the same JSON. */
    private static final class RecordingProxy implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0);
        private final List<String> requestLines = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        RecordingProxy(String answer) throws IOException {
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        String line = in.readLine();
                        requestLines.add(line);
                        while ((line = in.readLine()) != null && !line.isEmpty()) {
                            // headers
                        }
                        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                        OutputStream out = socket.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                   + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(body);
                        out.flush();
                    } catch (IOException closed) {
                        // the proxy was closed, or the client went away
                    }
                }
            }, "recording-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        List<String> requestLines() {
            return requestLines;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
