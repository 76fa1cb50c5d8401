package io.github.camelinstagram.sandbox.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the delivery log: an attempt to POST a batch of events, or events that were not sent at all.
 *
 * @param sequence     position in the log, increasing
 * @param deliveryId   the batch (the same on each of its attempts), or null for skipped events
 * @param attempt      1 for the first attempt, 2 for the first retry, ...; 0 for skipped events
 * @param time         when it happened (real time)
 * @param url          the callback URL, or null
 * @param eventCount   how many events the request carried
 * @param fields       the subscription fields of those events
 * @param outcome      DELIVERED (2xx), FAILED (will be retried), DROPPED (last attempt failed), SKIPPED (not sent)
 * @param status       the callback's HTTP status, or null when it gave none
 * @param error        why it failed or was skipped, or null
 * @param response     the beginning of the callback's answer body, or null
 * @param durationMs   how long the attempt took
 * @param nextRetryMs  when FAILED, the wait before the next attempt
 * @param payload      the exact body sent (ASCII JSON)
 */
public record DeliveryAttempt(long sequence, String deliveryId, int attempt, Instant time, String url, int eventCount,
                              List<String> fields, Outcome outcome, Integer status, String error, String response,
                              long durationMs, Long nextRetryMs, String payload) {

    /** The line as the control API shows it (JSON-ready, the time as ISO-8601). */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sequence", sequence);
        out.put("deliveryId", deliveryId);
        out.put("attempt", attempt);
        out.put("time", time.toString());
        out.put("url", url);
        out.put("eventCount", eventCount);
        out.put("fields", fields);
        out.put("outcome", outcome.name());
        out.put("status", status);
        out.put("error", error);
        out.put("response", response);
        out.put("durationMs", durationMs);
        out.put("nextRetryMs", nextRetryMs);
        out.put("payload", payload);
        return out;
    }

    /** What became of an attempt. */
    public enum Outcome {
        DELIVERED, FAILED, DROPPED, SKIPPED
    }
}
