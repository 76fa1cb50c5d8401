package io.github.camelinstagram.webhook.dispatch;

import java.util.Set;

import io.github.camelinstagram.webhook.event.WebhookEvent;

/**
 * Decides which events are routed: only the configured fields (all when none are configured), and the account's own
 * echoes and comments only when {@code includeEchoes=true}. The others are acknowledged and dropped.
 */
public final class EventFilter {

    /** Why an event is not routed. */
    public enum Verdict {
        ROUTE,
        FIELD_NOT_SELECTED,
        OWN_EVENT
    }

    private final Set<String> fields;
    private final boolean includeEchoes;

    /**
     * @param fields        the fields to route; empty for all
     * @param includeEchoes whether to route the account's own messages and comments
     */
    public EventFilter(Set<String> fields, boolean includeEchoes) {
        this.fields = Set.copyOf(fields);
        this.includeEchoes = includeEchoes;
    }

    public Verdict verdict(WebhookEvent event) {
        if (!fields.isEmpty() && !fields.contains(event.getField())) {
            return Verdict.FIELD_NOT_SELECTED;
        }
        if (!includeEchoes && event.isOwnEvent()) {
            return Verdict.OWN_EVENT;
        }
        return Verdict.ROUTE;
    }
}
