package io.github.camelinstagram.publishing;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.error.InstagramContainerException;
import io.github.camelinstagram.error.InstagramMediaNotReadyException;
import io.github.camelinstagram.error.InstagramPublishTimeoutException;
import io.github.camelinstagram.error.InstagramPublishUnconfirmedException;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.error.InstagramUnconfirmedException;
import io.github.camelinstagram.model.ContainerStatus;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.PublishedMedia;
import io.github.camelinstagram.operations.OperationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelinstagram.publishing.ContainerPoller.unwrap;

/**
 * Publishes a container ({@code POST /{account}/media_publish creation_id=...}) without ever posting it twice.
 * <ul>
 * <li>The request is not idempotent, so the client never repeats it after a transient failure; only a throttling
 * answer, which means the API did not carry it out, is retried by the client.</li>
 * <li>Media not ready (9007 / 2207027): nothing was published. When waiting is allowed ({@code publish}), the container
 * is polled again until {@code FINISHED} and published again, within the {@link Deadline}; otherwise
 * ({@code publishContainer}) the exception is raised.</li>
 * <li>No definite answer (no answer at all, a transient error, a 5xx): the post may be live. After {@code retryDelay}
 * the container's status is read (that read is retried, after connection failures too, up to {@code maxRetries}
 * times): {@code PUBLISHED} means done, reported as a success whose media id is unknown
 * ({@link PublishedMedia#isConfirmedByStatus()}); {@code FINISHED} (or {@code IN_PROGRESS}, when waiting is allowed)
 * means not published (after a failure without any answer, only if it still reads so a whole
 * {@code requestTimeout} later, since the first request may still be running), and it is published again, at most
 * {@code maxRetries} times, else the original failure is raised; {@code ERROR}/{@code EXPIRED} raise {@link InstagramContainerException}; a status that cannot be read raises
 * {@link InstagramPublishUnconfirmedException}.</li>
 * <li>Any other error answer is a definite refusal and is raised as it is.</li>
 * </ul>
 */
public final class MediaPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(MediaPublisher.class);

    private final OperationContext ctx;
    private final ContainerPoller poller;
    private final PollSchedule schedule;

    public MediaPublisher(OperationContext ctx, ContainerPoller poller, PollSchedule schedule) {
        this.ctx = ctx;
        this.poller = poller;
        this.schedule = schedule;
    }

    /**
     * @param waitUntilReady whether to wait and publish again when the container is not ready yet
     */
    public CompletableFuture<PublishedMedia> publish(String account, String container, Deadline deadline,
                                                     boolean waitUntilReady) {
        return attempt(new Attempt(account, container, deadline, waitUntilReady), 0);
    }

    private record Attempt(String account, String container, Deadline deadline, boolean waitUntilReady) {
    }

    private CompletableFuture<PublishedMedia> attempt(Attempt attempt, int republished) {
        GraphRequest request = GraphRequest.post(attempt.account(), "media_publish")
                .form("creation_id", attempt.container());
        return ctx.fetchCreated(request, IdResponse.class, IdResponse::getId, "id of the published media")
                .thenApply(answer -> PublishedMedia.published(answer.getId(), attempt.container()))
                .exceptionallyCompose(failure -> onFailure(attempt, republished, unwrap(failure)));
    }

    private CompletableFuture<PublishedMedia> onFailure(Attempt attempt, int republished, Throwable failure) {
        if (failure instanceof InstagramMediaNotReadyException && attempt.waitUntilReady()) {
            return afterNotReady(attempt, republished, failure);
        }
        if (isUncertain(failure)) {
            return afterUncertain(attempt, republished, failure);
        }
        return CompletableFuture.failedFuture(failure);
    }

    /** Whether a failure of media_publish leaves open whether the post went live. */
    static boolean isUncertain(Throwable failure) {
        if (failure instanceof InstagramConnectionException || failure instanceof InstagramUnconfirmedException) {
            return true;
        }
        if (failure instanceof InstagramMediaNotReadyException || failure instanceof InstagramThrottledException) {
            return false;
        }
        return failure instanceof InstagramApiException api && (api.isTransient() || api.getHttpStatus() >= 500);
    }

    private CompletableFuture<PublishedMedia> afterNotReady(Attempt attempt, int republished, Throwable notReady) {
        Deadline deadline = attempt.deadline();
        deadline.start();
        if (deadline.remainingMillis() <= 0) {
            InstagramPublishTimeoutException timeout = new InstagramPublishTimeoutException(attempt.container(),
                    "not ready to publish (9007)", deadline.timeout());
            timeout.initCause(notReady);
            return CompletableFuture.failedFuture(timeout);
        }
        long delay = schedule.nextDelay(deadline.elapsedMillis());
        LOG.debug("Container {} is not ready to publish yet: checking its status again in {} ms", attempt.container(),
                delay);
        return poller.awaitFinished(attempt.container(), delay, deadline).thenCompose(status -> status.isPublished()
                ? CompletableFuture.completedFuture(PublishedMedia.confirmedByStatus(attempt.container()))
                : attempt(attempt, republished));
    }

    private CompletableFuture<PublishedMedia> afterUncertain(Attempt attempt, int republished, Throwable failure) {
        String container = attempt.container();
        LOG.warn("media_publish of container {} got no definite answer ({}): reading the container's status before"
                 + " anything else", container, failure.getMessage());
        return statusAfterUncertain(container, 0).handle((status, statusFailure) -> {
            if (statusFailure != null) {
                throw new InstagramPublishUnconfirmedException(container, failure, unwrap(statusFailure));
            }
            return status;
        }).thenCompose(status -> decide(attempt, republished, failure, status, false));
    }

    private CompletableFuture<PublishedMedia> decide(Attempt attempt, int republished, Throwable failure,
                                                     ContainerStatus status, boolean settled) {
        String container = attempt.container();
        if (!settled && status.isFinished() && failure instanceof InstagramConnectionException) {
            // no answer at all: the first media_publish may still be running on the server, so FINISHED proves
            // nothing yet; read again once a whole request time has passed
            long settle = config().getRequestTimeout();
            LOG.info("Container {} is FINISHED after a media_publish without answer: reading it again in {} ms before"
                     + " publishing again", container, settle);
            return ctx.delay(settle).thenCompose(waited -> poller.status(container))
                    .thenCompose(again -> decide(attempt, republished, failure, again, true));
        }
        if (status.isPublished()) {
            LOG.info("Container {} is PUBLISHED although media_publish got no definite answer: published once; the API"
                     + " did not tell the media id", container);
            return CompletableFuture.completedFuture(PublishedMedia.confirmedByStatus(container));
        }
        if (status.isFailed()) {
            return CompletableFuture.failedFuture(new InstagramContainerException(status, container));
        }
        boolean finished = status.isFinished();
        boolean inProgress = ContainerStatus.IN_PROGRESS.equals(status.getStatusCode());
        if (!finished && !inProgress) {
            return CompletableFuture.failedFuture(new InstagramPublishUnconfirmedException(container, failure, null));
        }
        if (republished >= config().getMaxRetries() || inProgress && !attempt.waitUntilReady()) {
            LOG.debug("Container {} is {}: not published; not publishing it again (maxRetries {})", container,
                    status.getStatusCode(), config().getMaxRetries());
            return CompletableFuture.failedFuture(failure);
        }
        LOG.info("Container {} is {}, not published: publishing it again", container, status.getStatusCode());
        if (finished) {
            return attempt(attempt, republished + 1);
        }
        return poller.awaitFinished(container, schedule.initialDelayMillis(), attempt.deadline())
                .thenCompose(ready -> ready.isPublished()
                        ? CompletableFuture.completedFuture(PublishedMedia.confirmedByStatus(container))
                        : attempt(attempt, republished + 1));
    }

    /** Reads the status after {@code retryDelay}; a read that fails is tried again, up to {@code maxRetries} times. */
    private CompletableFuture<ContainerStatus> statusAfterUncertain(String container, int retriesDone) {
        long wait = Math.min(config().getRetryDelay() << Math.min(retriesDone, 20), config().getMaxRetryWait());
        return ctx.delay(wait).thenCompose(ready -> poller.status(container)).exceptionallyCompose(failure -> {
            Throwable cause = unwrap(failure);
            boolean readAgain = (cause instanceof InstagramConnectionException
                                 || cause instanceof InstagramApiException api && api.isTransient())
                                && retriesDone < config().getMaxRetries();
            return readAgain ? statusAfterUncertain(container, retriesDone + 1) : CompletableFuture.failedFuture(cause);
        });
    }

    private InstagramConfiguration config() {
        return ctx.config();
    }
}
