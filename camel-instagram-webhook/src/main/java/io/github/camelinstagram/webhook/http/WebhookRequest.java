package io.github.camelinstagram.webhook.http;

import org.apache.camel.Exchange;

/**
 * One HTTP request to the webhook path, as the platform-http engine hands it over: what the component needs to read
 * from it, and how to answer it.
 */
public interface WebhookRequest {

    /** The HTTP method, upper case. */
    String method();

    /** The query string as received (not decoded), or null. */
    String rawQuery();

    /** A request header (case-insensitive name), or null. */
    String header(String name);

    /**
     * Reads the whole request body as the exact bytes received, refusing it as soon as it exceeds {@code maxBytes}.
     */
    byte[] readBody(long maxBytes, long timeoutMillis) throws BodyReadException;

    /** Answers the request; the platform-http exchange is the one being processed for it. */
    void answer(Exchange exchange, HttpAnswer answer);
}
