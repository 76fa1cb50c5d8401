package io.github.camelinstagram.webhook.http;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook path on a platform-http engine other than Vert.x (which {@link VertxWebhookRoute} serves on its event
 * loop): the engine hands over each request as an exchange, whose body it has already read; the handshake is answered
 * here, a delivery's signature checked over the exact bytes before anything else, and its events routed
 * asynchronously, so that the engine's thread is given back while routes run if the engine supports it.
 */
final class EngineWebhookProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EngineWebhookProcessor.class);

    private final WebhookParts parts;

    EngineWebhookProcessor(WebhookParts parts) {
        this.parts = parts;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        AnswerDeadline deadline = AnswerDeadline.in(parts.answerTimeout());
        MessageWebhookRequest request = new MessageWebhookRequest(exchange);
        try {
            switch (request.method()) {
                case "GET" -> answer(request, exchange, parts.handshake().answer(request.rawQuery()));
                case "POST" -> {
                    return deliver(exchange, request, deadline, callback);
                }
                default -> answer(request, exchange, HttpAnswer.methodNotAllowed());
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook request failed unexpectedly: {}", e.getClass().getName(), e);
            answer(request, exchange, HttpAnswer.serverError());
        }
        callback.done(true);
        return true;
    }

    private boolean deliver(Exchange exchange, MessageWebhookRequest request, AnswerDeadline deadline,
                            AsyncCallback callback) {
        byte[] body;
        try {
            body = request.readBody(parts.maxBodySize(), parts.readTimeout());
        } catch (BodyReadException e) {
            answer(request, exchange, switch (e.getReason()) {
                case TOO_LARGE -> HttpAnswer.payloadTooLarge();
                case TIMEOUT -> HttpAnswer.requestTimeout();
                case FAILED -> HttpAnswer.badRequest("The request body could not be read");
            });
            callback.done(true);
            return true;
        }
        if (parts.verifier() != null) {
            String header = request.header(SignatureVerifier.HEADER);
            if (!parts.verifier().verify(header, body)) {
                parts.refusals().refused(request.remoteAddress(), header == null ? "missing" : "wrong or malformed");
                answer(request, exchange, HttpAnswer.forbidden("Invalid signature"));
                callback.done(true);
                return true;
            }
        }
        CompletableFuture<HttpAnswer> answered = parts.delivery().deliver(body, deadline);
        boolean sync = answered.isDone();
        answered.whenComplete((answer, failure) -> {
            answer(request, exchange, failure != null ? HttpAnswer.serverError() : answer);
            deadline.answered();
            callback.done(sync);
        });
        return sync;
    }

    /** Answers the request, counting its status. */
    private void answer(MessageWebhookRequest request, Exchange exchange, HttpAnswer answer) {
        parts.metrics().webhookRequest(answer.status());
        request.answer(exchange, answer);
    }
}
