package io.github.camelinstagram.webhook.idempotent;

/**
 * Which events have been routed to completion, and which one an instance is routing right now. Camel's
 * {@code IdempotentRepository} knows only "seen or not"; several instances behind one webhook URL need to know more: a
 * redelivery that reaches one instance while another routes the event must wait, not be acknowledged (the first may
 * still fail) nor be routed twice, and an event held by an instance that died must be routed by another one after a
 * lease. Implementations must be thread-safe.
 */
public interface EventLedger extends AutoCloseable {

    /**
     * Claims the event for routing by this instance.
     *
     * @throws io.github.camelinstagram.error.InstagramStateUnavailableException when the ledger cannot be read (the
     *                                                                           request is then not acknowledged)
     */
    Claim claim(String eventId);

    /** Records that the event claimed was routed to completion: later deliveries of it are duplicates. */
    void confirm(Claim claim);

    /** Gives up an event claimed whose routing failed: a redelivery routes it again. */
    void release(Claim claim);

    /** Stops what the ledger runs in the background; events it still holds are left to their lease. */
    @Override
    void close();

    /** What a claim found. */
    enum Status {
        /** this instance routes the event now and must confirm or release the claim */
        ACQUIRED,
        /** the event was routed to completion already */
        DONE,
        /** another instance routes the event now */
        HELD
    }

    /**
     * The outcome of {@link #claim(String)}.
     *
     * @param eventId the event
     * @param status  what was found
     * @param token   what identifies this claim in the ledger, for {@link #confirm} and {@link #release}; null unless
     *                {@link Status#ACQUIRED}
     */
    record Claim(String eventId, Status status, String token) {

        public static Claim acquired(String eventId, String token) {
            return new Claim(eventId, Status.ACQUIRED, token);
        }

        public static Claim done(String eventId) {
            return new Claim(eventId, Status.DONE, null);
        }

        public static Claim held(String eventId) {
            return new Claim(eventId, Status.HELD, null);
        }
    }
}
