package io.github.camelinstagram.webhook.dispatch;

/**
 * What became of the events of one request.
 *
 * @param routed     events routed without error
 * @param failed     events whose routing failed (their keys were removed, so a redelivery routes them again)
 * @param duplicates events already routed to completion
 * @param dropped    events filtered out (other fields, own echoes and comments)
 * @param busy       events still being routed by an earlier delivery (of this instance or another) when this request's
 *                   time to answer ran out, or whose ledger (the shared database) could not be reached
 */
public record DispatchResult(int routed, int failed, int duplicates, int dropped, int busy) {

    /** Whether Meta may consider the request delivered: every event was routed, already done, or not wanted. */
    public boolean succeeded() {
        return failed == 0 && busy == 0;
    }
}
