package io.github.camelinstagram.webhook.http;

import io.github.camelinstagram.metrics.InstagramMetrics;

import io.github.camelinstagram.webhook.signature.RefusalLog;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;

/**
 * What serving the webhook path takes, whatever the engine: the handshake, the signature check (null when it is
 * skipped) and its refusal log, the delivery of verified bodies, and the limits of a request.
 *
 * @param answerTimeout the time within which a delivery is answered
 */
public record WebhookParts(VerificationHandshake handshake, SignatureVerifier verifier, RefusalLog refusals,
        DeliveryHandler delivery, long maxBodySize, long readTimeout, long answerTimeout, InstagramMetrics metrics) {

    /** The parts without meters. */
    public WebhookParts(VerificationHandshake handshake, SignatureVerifier verifier, RefusalLog refusals,
                        DeliveryHandler delivery, long maxBodySize, long readTimeout, long answerTimeout) {
        this(handshake, verifier, refusals, delivery, maxBodySize, readTimeout, answerTimeout, InstagramMetrics.NONE);
    }
}
