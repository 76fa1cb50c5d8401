/**
 * Faults on demand (latency, 5xx, resets, throttling) for resilience tests.
 */
package io.github.camelinstagram.sandbox.faults;
