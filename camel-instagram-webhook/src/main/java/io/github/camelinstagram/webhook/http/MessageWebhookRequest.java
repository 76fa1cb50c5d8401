package io.github.camelinstagram.webhook.http;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConverter;

/**
 * A request read from the Camel message the platform-http engine produced: method and query from the
 * {@code CamelHttp*} headers, request headers from the message headers, the body as bytes or a stream. Used with
 * every engine other than Vert.x, whose requests {@link VertxWebhookRoute} reads itself.
 */
final class MessageWebhookRequest {

    private final Exchange exchange;
    private final Message message;

    MessageWebhookRequest(Exchange exchange) {
        this.exchange = exchange;
        this.message = exchange.getIn();
    }

    public String method() {
        String method = message.getHeader(Exchange.HTTP_METHOD, String.class);
        return method != null ? method.toUpperCase(java.util.Locale.ROOT) : "";
    }

    public String rawQuery() {
        String raw = message.getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        return raw != null ? raw : message.getHeader(Exchange.HTTP_QUERY, String.class);
    }

    public String header(String name) {
        return message.getHeader(name, String.class);
    }

    public byte[] readBody(long maxBytes, long timeoutMillis) throws BodyReadException {
        long declared = BoundedBody.declaredLength(header("Content-Length"));
        if (declared > maxBytes) {
            throw new BodyReadException(BodyReadException.Reason.TOO_LARGE, "Content-Length exceeds maxBodySize");
        }
        Object body = message.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return checked(bytes, maxBytes);
        }
        TypeConverter converter = exchange.getContext().getTypeConverter();
        InputStream in = body instanceof InputStream stream
                ? stream : converter.tryConvertTo(InputStream.class, exchange, body);
        if (in == null) {
            byte[] bytes = converter.tryConvertTo(byte[].class, exchange, body);
            if (bytes == null) {
                throw new BodyReadException(BodyReadException.Reason.FAILED,
                        "the request body of type " + body.getClass().getName() + " cannot be read as bytes");
            }
            return checked(bytes, maxBytes);
        }
        BoundedBody collected = new BoundedBody(declared, maxBytes);
        try (InputStream stream = in) {
            if (!collected.readFrom(stream)) {
                throw new BodyReadException(BodyReadException.Reason.TOO_LARGE, "the body exceeds maxBodySize");
            }
        } catch (IOException e) {
            throw new BodyReadException(BodyReadException.Reason.FAILED, "the request body could not be read", e);
        }
        return collected.toByteArray();
    }

    private static byte[] checked(byte[] bytes, long maxBytes) throws BodyReadException {
        if (bytes.length > maxBytes) {
            throw new BodyReadException(BodyReadException.Reason.TOO_LARGE, "the body exceeds maxBodySize");
        }
        return bytes;
    }

    /** The client's address, as the engine reports it in its headers, or "unknown". */
    public String remoteAddress() {
        String remote = message.getHeader("CamelHttpRemoteAddress", String.class);
        return remote != null ? remote : "unknown";
    }

    public void answer(Exchange platformExchange, HttpAnswer answer) {
        MessageAnswers.apply(platformExchange, answer, true);
    }
}
