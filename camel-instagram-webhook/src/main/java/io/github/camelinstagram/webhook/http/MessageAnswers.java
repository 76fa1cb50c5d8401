package io.github.camelinstagram.webhook.http;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Puts an answer on the platform-http exchange, where every engine reads it: status, content type and body. The
 * request's headers are removed first, so that none of them (query parameters included) is echoed in the answer.
 */
final class MessageAnswers {

    private MessageAnswers() {
    }

    static void apply(Exchange exchange, HttpAnswer answer, boolean withExtraHeaders) {
        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, answer.status());
        String contentType = answer.contentType();
        if (contentType != null) {
            message.setHeader(Exchange.CONTENT_TYPE, contentType);
        }
        if (withExtraHeaders) {
            for (Map.Entry<String, String> header : answer.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            if (answer.closeConnection()) {
                message.setHeader("Connection", "close");
            }
        }
        message.setBody(answer.body());
    }
}
