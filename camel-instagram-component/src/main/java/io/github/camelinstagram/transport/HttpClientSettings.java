package io.github.camelinstagram.transport;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What the JDK {@link HttpClient} of a set of endpoints is built from. Endpoints with equal settings share one client,
 * and so its connections.
 *
 * @param connectTimeoutMillis time allowed to open a connection
 * @param proxyHost            host of an HTTP proxy, or null to connect directly
 * @param proxyPort            port of the proxy
 * @param ssl                  Camel's TLS settings, or null for the JDK's default
 */
public record HttpClientSettings(long connectTimeoutMillis, String proxyHost, int proxyPort, SSLContextParameters ssl) {

    /** A new client with these settings; it never follows redirects (an answer is read as it comes). */
    public HttpClient newClient(CamelContext camelContext) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (proxyHost != null && !proxyHost.isBlank()) {
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxyHost.trim(), proxyPort)));
        }
        if (ssl != null) {
            try {
                builder.sslContext(ssl.createSSLContext(camelContext));
            } catch (Exception e) {
                throw new RuntimeCamelException("Cannot create the TLS context of sslContextParameters: "
                                                + e.getMessage(), e);
            }
        }
        return builder.build();
    }
}
