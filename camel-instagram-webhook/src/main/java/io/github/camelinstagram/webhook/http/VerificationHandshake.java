package io.github.camelinstagram.webhook.http;

import io.github.camelinstagram.webhook.signature.VerifyTokenMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Meta's verification request ({@code GET ?hub.mode=subscribe&hub.challenge=...&hub.verify_token=...}):
 * the challenge, verbatim as plain text, when the mode is {@code subscribe} and the token matches; 403 for anything
 * else, including a query that cannot be decoded. Never routed.
 */
public final class VerificationHandshake {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationHandshake.class);

    private final VerifyTokenMatcher tokenMatcher;

    public VerificationHandshake(VerifyTokenMatcher tokenMatcher) {
        this.tokenMatcher = tokenMatcher;
    }

    /**
     * @param rawQuery the query string as received, not decoded; may be null
     */
    public HttpAnswer answer(String rawQuery) {
        QueryString query;
        try {
            query = QueryString.parse(rawQuery);
        } catch (QueryString.MalformedQueryException e) {
            LOG.debug("Verification request refused: the query string is malformed ({})", e.getMessage());
            return HttpAnswer.forbidden("Forbidden");
        }
        String mode = query.single("hub.mode");
        String challenge = query.single("hub.challenge");
        String token = query.single("hub.verify_token");
        boolean tokenMatches = tokenMatcher.matches(token);
        if (!"subscribe".equals(mode) || challenge == null || challenge.isEmpty() || !tokenMatches) {
            LOG.debug("Verification request refused: mode subscribe {}, challenge present {}, token matches {}",
                    "subscribe".equals(mode), challenge != null && !challenge.isEmpty(), tokenMatches);
            return HttpAnswer.forbidden("Forbidden");
        }
        LOG.debug("Verification request answered with its challenge");
        return HttpAnswer.challenge(challenge);
    }
}
