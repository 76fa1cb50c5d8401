package io.github.camelinstagram.webhook.idempotent;

import org.apache.camel.spi.IdempotentRepository;

/**
 * An {@link EventLedger} over one of Camel's {@link IdempotentRepository} (the default {@link RecentEventIds}, or the
 * one of the {@code idempotentRepository} option): a key added is a claim, confirmed or removed when its routing ends.
 * Such a repository cannot tell an event being routed by another instance from one routed to completion, so a claim is
 * never {@link Status#HELD}: the events being routed by this instance are known to the consumer itself.
 */
public final class RepositoryLedger implements EventLedger {

    private final IdempotentRepository repository;

    public RepositoryLedger(IdempotentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Claim claim(String eventId) {
        return repository.add(eventId) ? Claim.acquired(eventId, eventId) : Claim.done(eventId);
    }

    @Override
    public void confirm(Claim claim) {
        repository.confirm(claim.eventId());
    }

    @Override
    public void release(Claim claim) {
        repository.remove(claim.eventId());
    }

    @Override
    public void close() {
        // the repository is a service of its own, started and stopped by the consumer
    }
}
