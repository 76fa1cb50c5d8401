package io.github.camelinstagram.webhook.dispatch;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelinstagram.metrics.InstagramMetrics;
import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.idempotent.EventLedger;
import io.github.camelinstagram.webhook.idempotent.EventLedger.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the events of one request, in order, at least once and never twice to completion:
 * <ol>
 * <li>an event that the filter does not want is acknowledged and dropped;</li>
 * <li>an event that an earlier delivery is routing right now ({@link InFlightEvents}) is waited for, within the time
 * left to answer: when that routing succeeds the event is a duplicate, when it fails this delivery routes it, and when
 * the time runs out first the event is busy and the request is not acknowledged (Meta delivers it again);</li>
 * <li>otherwise the event is claimed in the {@link EventLedger}: routed to completion already, it is a duplicate and
 * acknowledged; held by another instance sharing the ledger, it is asked for again every {@link #POLL_MILLIS} within
 * the time left to answer (done: a duplicate; released after a failure or lapsed: this delivery routes it; still held
 * when the time runs out: busy); claimed, it is routed, and the claim confirmed when the route handled it or released
 * when it failed, so that a redelivery routes it again.</li>
 * </ol>
 * <p>
 * A ledger that cannot be reached (its database is down) leaves the event busy: the request is answered 503 and Meta
 * delivers it again. Events after a failed one are still routed, so that a redelivery routes only what failed. Nothing here blocks a
 * thread while it waits; work that follows a wait or an asynchronous route goes on on the {@code resume} executor.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    /** How often an event held by another instance is asked for again while a redelivery waits for it. */
    static final long POLL_MILLIS = 200;

    private final EventFilter filter;
    private final InstagramMetrics metrics;
    private final EventLedger ledger;
    private final InFlightEvents inFlight;
    private final EventRouter router;
    private final ScheduledExecutorService timers;
    private final Executor resume;

    /**
     * @param timers where the waits for an earlier delivery time out (they only complete futures)
     * @param resume where routing goes on after something asynchronous (the threads that may run routes)
     */
    public EventDispatcher(EventFilter filter, EventLedger ledger, InFlightEvents inFlight,
                           EventRouter router, ScheduledExecutorService timers, Executor resume) {
        this(filter, ledger, inFlight, router, timers, resume, InstagramMetrics.NONE);
    }

    /**
     * @param metrics where the outcome of each event is counted
     */
    public EventDispatcher(EventFilter filter, EventLedger ledger, InFlightEvents inFlight,
                           EventRouter router, ScheduledExecutorService timers, Executor resume,
                           InstagramMetrics metrics) {
        this.metrics = metrics;
        this.filter = filter;
        this.ledger = ledger;
        this.inFlight = inFlight;
        this.router = router;
        this.timers = timers;
        this.resume = resume;
    }

    /** Routes the events; the future completes once each event has an outcome, and never fails. */
    public CompletableFuture<DispatchResult> dispatch(List<WebhookEvent> events, AnswerDeadline deadline) {
        Run run = new Run(events, deadline);
        run.next();
        return run.result;
    }

    /** What became of one event. */
    enum Outcome {
        ROUTED("routed"), FAILED("failed"), DUPLICATE("duplicate"), DROPPED("filtered"), BUSY("busy"),
        /** another instance routes the event: only between two claims, never the outcome of an event */
        HELD("held");

        /** The {@code outcome} tag of {@code camel.instagram.webhook.events}. */
        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    private final class Run {
        private final List<WebhookEvent> events;
        private final AnswerDeadline deadline;
        private final CompletableFuture<DispatchResult> result = new CompletableFuture<>();
        private final int[] counts = new int[Outcome.values().length];
        private int index;

        Run(List<WebhookEvent> events, AnswerDeadline deadline) {
            this.events = events;
            this.deadline = deadline;
        }

        /** Handles the events from {@link #index} on, going on in this thread as long as each ends at once. */
        void next() {
            while (index < events.size()) {
                CompletableFuture<Outcome> outcome = handle(events.get(index));
                if (!outcome.isDone()) {
                    outcome.whenComplete((done, failure) -> resumeWith(done, failure));
                    return;
                }
                count(outcome.getNow(Outcome.FAILED));
            }
            finish();
        }

        private void resumeWith(Outcome done, Throwable failure) {
            count(failure != null ? Outcome.FAILED : done);
            try {
                resume.execute(this::next);
            } catch (RejectedExecutionException stopping) {
                // the consumer is stopping: what is left is not routed, and the request is not acknowledged
                counts[Outcome.FAILED.ordinal()] += events.size() - index;
                index = events.size();
                finish();
            }
        }

        private void count(Outcome outcome) {
            counts[outcome.ordinal()]++;
            metrics.webhookEvent(events.get(index).getField(), outcome.tag);
            index++;
        }

        private void finish() {
            DispatchResult summary = new DispatchResult(counts[Outcome.ROUTED.ordinal()],
                    counts[Outcome.FAILED.ordinal()], counts[Outcome.DUPLICATE.ordinal()],
                    counts[Outcome.DROPPED.ordinal()], counts[Outcome.BUSY.ordinal()]);
            if (!summary.succeeded() || LOG.isDebugEnabled()) {
                LOG.debug("Webhook request: {} event(s), {} routed, {} failed, {} duplicate(s), {} dropped, {} still"
                          + " routed by an earlier delivery",
                        events.size(), summary.routed(), summary.failed(), summary.duplicates(), summary.dropped(),
                        summary.busy());
            }
            result.complete(summary);
        }

        private CompletableFuture<Outcome> handle(WebhookEvent event) {
            EventFilter.Verdict verdict = filter.verdict(event);
            if (verdict != EventFilter.Verdict.ROUTE) {
                LOG.debug("Event {} ({}) acknowledged and dropped: {}", event.getEventId(), event.getField(), verdict);
                return CompletableFuture.completedFuture(Outcome.DROPPED);
            }
            return claim(event);
        }

        private CompletableFuture<Outcome> claim(WebhookEvent event) {
            return attempt(event).thenCompose(first -> first == Outcome.HELD ? waitForOtherInstance(event)
                    : CompletableFuture.completedFuture(first));
        }

        /** One claim: the outcome of the event, or {@link Outcome#HELD} when another instance routes it now. */
        private CompletableFuture<Outcome> attempt(WebhookEvent event) {
            String key = event.getEventId();
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            CompletableFuture<Boolean> running = inFlight.claim(key, mine);
            if (running != null) {
                return waitFor(event, running);
            }
            Claim claim;
            try {
                claim = ledger.claim(key);
            } catch (RuntimeException e) {
                LOG.warn("Event {} ({}) not routed: its id could not be claimed ({}: {}); answering 503 so that Meta"
                         + " delivers it again", key, event.getField(), e.getClass().getName(), e.getMessage());
                inFlight.done(key, mine, false);
                return CompletableFuture.completedFuture(Outcome.BUSY);
            }
            switch (claim.status()) {
                case DONE -> {
                    LOG.debug("Event {} ({}) acknowledged: already processed", key, event.getField());
                    inFlight.done(key, mine, true);
                    return CompletableFuture.completedFuture(Outcome.DUPLICATE);
                }
                case HELD -> {
                    inFlight.done(key, mine, false);
                    return CompletableFuture.completedFuture(Outcome.HELD);
                }
                default -> {
                    CompletableFuture<Boolean> routed;
                    try {
                        routed = router.route(event, deadline);
                    } catch (RuntimeException e) {
                        routed = CompletableFuture.failedFuture(e);
                    }
                    return routed.handle((ok, failure) -> settle(event, claim, mine,
                            failure == null && Boolean.TRUE.equals(ok), failure));
                }
            }
        }

        private Outcome settle(WebhookEvent event, Claim claim, CompletableFuture<Boolean> mine, boolean success,
                               Throwable failure) {
            String key = event.getEventId();
            try {
                if (success) {
                    ledger.confirm(claim);
                } else {
                    ledger.release(claim);
                }
            } catch (RuntimeException e) {
                LOG.warn("Event {} ({}): its id could not be {} ({}: {})", key, event.getField(),
                        success ? "confirmed" : "released", e.getClass().getName(), e.getMessage());
            } finally {
                inFlight.done(key, mine, success);
            }
            if (!success) {
                LOG.warn("Event {} ({}) failed in the route{}; the request is answered 500 so that Meta delivers it"
                         + " again", key, event.getField(), failure == null ? "" : " (" + failure + ")");
                return Outcome.FAILED;
            }
            return Outcome.ROUTED;
        }

        /**
         * Asks the ledger again, every {@link #POLL_MILLIS} within the time left to answer, for an event that another
         * instance is routing: done there makes this a duplicate, released or lapsed lets this delivery route it, and
         * running out of time leaves it busy.
         */
        private CompletableFuture<Outcome> waitForOtherInstance(WebhookEvent event) {
            CompletableFuture<Outcome> outcome = new CompletableFuture<>();
            LOG.debug("Event {} ({}) is being routed by another instance: waiting up to {} ms for it",
                    event.getEventId(), event.getField(), deadline.remainingMillis());
            inFlight.waitStarted();
            outcome.whenComplete((done, failure) -> inFlight.waitEnded());
            pollAgain(event, outcome);
            return outcome.thenApply(done -> {
                if (done == Outcome.BUSY) {
                    LOG.info("Event {} ({}) is still being routed by another instance: answering 503 so that Meta"
                             + " delivers it again later", event.getEventId(), event.getField());
                }
                return done;
            });
        }

        private void pollAgain(WebhookEvent event, CompletableFuture<Outcome> outcome) {
            long left = deadline.remainingMillis();
            if (left <= 0) {
                outcome.complete(Outcome.BUSY);
                return;
            }
            try {
                timers.schedule(() -> {
                    try {
                        resume.execute(() -> attempt(event).whenComplete((again, error) -> {
                            if (error != null) {
                                outcome.complete(Outcome.FAILED);
                            } else if (again == Outcome.HELD) {
                                pollAgain(event, outcome);
                            } else {
                                outcome.complete(again);
                            }
                        }));
                    } catch (RejectedExecutionException stopping) {
                        outcome.complete(Outcome.BUSY);
                    }
                }, Math.min(POLL_MILLIS, left), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                outcome.complete(Outcome.BUSY);
            }
        }

        /**
         * Waits for the routing of an earlier delivery of the same event, within the time left to answer: its success
         * makes this a duplicate, its failure lets this delivery route the event, and running out of time leaves the
         * event busy.
         */
        private CompletableFuture<Outcome> waitFor(WebhookEvent event, CompletableFuture<Boolean> running) {
            long wait = deadline.remainingMillis();
            LOG.debug("Event {} ({}) is being routed by an earlier delivery: waiting up to {} ms for it",
                    event.getEventId(), event.getField(), wait);
            CompletableFuture<Outcome> outcome = new CompletableFuture<>();
            inFlight.waitStarted();
            outcome.whenComplete((done, failure) -> inFlight.waitEnded());
            ScheduledFuture<?> timeout;
            try {
                timeout = timers.schedule(() -> outcome.complete(Outcome.BUSY), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                outcome.complete(Outcome.BUSY);
                return outcome;
            }
            running.whenComplete((succeeded, failure) -> {
                timeout.cancel(false);
                if (failure == null && Boolean.TRUE.equals(succeeded)) {
                    outcome.complete(Outcome.DUPLICATE);
                } else if (!outcome.isDone()) {
                    // the earlier delivery failed with it: this one routes it, on a thread that may run routes
                    try {
                        resume.execute(() -> claim(event).whenComplete((again, error) -> outcome.complete(
                                error != null ? Outcome.FAILED : again)));
                    } catch (RejectedExecutionException stopping) {
                        outcome.complete(Outcome.FAILED);
                    }
                }
            });
            return outcome.thenApply(done -> {
                if (done == Outcome.BUSY) {
                    LOG.info("Event {} ({}) is still being routed by an earlier delivery: answering 503 so that Meta"
                             + " delivers it again later", event.getEventId(), event.getField());
                }
                return done;
            });
        }
    }
}
