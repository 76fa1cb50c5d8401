package io.github.camelinstagram.webhook.dispatch;

/**
 * What became of the events of one request.
 *
 * @param routed     events routed without error
 * @param failed     events whose routing failed (their keys were removed, so a redelivery routes them again)
 * @param duplicates events already processed, or in progress elsewhere
 * @param dropped    events filtered out (other fields, own echoes and comments)
 */
public record DispatchResult(int routed, int failed, int duplicates, int dropped) {

    /** Whether Meta may consider the request delivered. */
    public boolean succeeded() {
        return failed == 0;
    }
}
