/**
 * Webhook notifications as Meta sends them: events, envelopes, signatures, batching, retries, the callback
 * verification and the delivery log.
 */
package io.github.camelinstagram.sandbox.webhooks;
