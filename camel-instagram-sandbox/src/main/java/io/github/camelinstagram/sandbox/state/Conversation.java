package io.github.camelinstagram.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The thread between an account and one follower: its messages (oldest first) and the time of the follower's last
 * message, which opens the 24-hour standard messaging window and the 7-day {@code HUMAN_AGENT} window. Mutated only
 * under the {@link Sandbox} lock.
 */
public final class Conversation {

    /** Standard messaging window after the user's last message. */
    public static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    /** Window of the {@code HUMAN_AGENT} tag. */
    public static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

    private final String id;
    private final String accountId;
    private final Follower participant;
    private final List<Message> messages = new ArrayList<>();
    private Instant lastInboundAt;
    private Instant updatedTime;

    public Conversation(String id, String accountId, Follower participant, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.participant = participant;
        this.updatedTime = createdAt;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public Follower participant() {
        return participant;
    }

    /** Messages, oldest first. */
    public List<Message> messages() {
        return messages;
    }

    /** Messages, newest first. */
    public List<Message> newestFirst() {
        List<Message> copy = new ArrayList<>(messages);
        Collections.reverse(copy);
        return copy;
    }

    public Instant lastInboundAt() {
        return lastInboundAt;
    }

    public Instant updatedTime() {
        return updatedTime;
    }

    public void add(Message message) {
        messages.add(message);
        updatedTime = message.createdTime();
        if (!message.isOutbound()) {
            lastInboundAt = message.createdTime();
        }
    }

    /** The follower interacted without a message (postback, referral): the window opens as for a message. */
    public void touchedByUser(Instant at) {
        lastInboundAt = at;
        updatedTime = at;
    }

    /** Whether the account may still message the follower at {@code now}, within the given window. */
    public boolean isOpen(Instant now, Duration window) {
        return lastInboundAt != null && now.isBefore(lastInboundAt.plus(window));
    }

    /** Whether the message is among the 20 most recent, the only ones whose details the API gives. */
    public boolean isRecent(Message message) {
        int index = messages.indexOf(message);
        return index >= 0 && index >= messages.size() - 20;
    }
}
