package io.github.camelinstagram.sandbox.webhooks;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to an account, as Meta notifies it: a {@code changes} value (comments) or a
 * {@code messaging} item (messages, reactions, reads, postbacks, referrals, edits).
 *
 * @param accountId         the account notified ({@code entry.id})
 * @param field             the subscription field, e.g. {@code comments}, {@code messages}
 * @param kind              which entry shape carries it
 * @param body              the change's {@code value}, or the whole messaging item
 * @param time              when it happened
 * @param accountSubscribed whether the account subscribed the app to this field when it happened
 */
public record WebhookEvent(String accountId, String field, Kind kind, Map<String, Object> body, Instant time,
                           boolean accountSubscribed) {

    /** The two entry shapes of a notification. */
    public enum Kind {
        /** {@code entry.changes[]}, entry time in seconds. */
        CHANGE,
        /** {@code entry.messaging[]}, entry time in milliseconds. */
        MESSAGING
    }
}
