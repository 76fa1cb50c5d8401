package io.github.camelinstagram.api;

import io.github.camelinstagram.error.SecretRedactor;
import io.github.camelinstagram.ratelimit.UsageReport;

/**
 * A successful (2xx) answer of the Graph API: its status, raw bytes and what its usage headers said, with the redactor
 * of its call, through which any text of the answer must go before it reaches a message or a log line (an answer may
 * echo the token it was sent with).
 */
public record GraphResponse(int status, byte[] body, UsageReport usage, SecretRedactor redactor) {
}
