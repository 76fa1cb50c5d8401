package io.github.camelinstagram.api;

/**
 * A successful (2xx) answer of the Graph API: its status, raw bytes and what its usage headers said.
 */
public record GraphResponse(int status, byte[] body, UsageReport usage) {
}
