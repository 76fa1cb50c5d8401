package io.github.camelinstagram.publishing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.error.InstagramContainerException;
import io.github.camelinstagram.error.InstagramPublishTimeoutException;
import io.github.camelinstagram.model.ContainerStatus;
import io.github.camelinstagram.operations.OperationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until a container can be published, by reading {@code GET /{container}?fields=status_code,status} on the
 * {@link PollSchedule}. The waits between two reads run on the component's scheduler: no thread is held while a
 * container processes.
 * <ul>
 * <li>{@code FINISHED} (or {@code PUBLISHED}): the wait completes with the status;</li>
 * <li>{@code ERROR}, {@code EXPIRED}: it fails with {@link InstagramContainerException}, subcode from
 * {@code status};</li>
 * <li>{@code IN_PROGRESS} (or anything else): it reads again later, until the {@link Deadline} runs out, then fails
 * with {@link InstagramPublishTimeoutException};</li>
 * <li>a read that fails fails the wait (transient answers were already retried by the client).</li>
 * </ul>
 */
public final class ContainerPoller {

    /** The fields of a status read. */
    public static final String STATUS_FIELDS = "status_code,status";

    private static final Logger LOG = LoggerFactory.getLogger(ContainerPoller.class);

    private final OperationContext ctx;
    private final PollSchedule schedule;

    public ContainerPoller(OperationContext ctx, PollSchedule schedule) {
        this.ctx = ctx;
        this.schedule = schedule;
    }

    /** One read of the container's status, whatever it is. */
    public CompletableFuture<ContainerStatus> status(String container) {
        return ctx.fetch(GraphRequest.get(container).query("fields", STATUS_FIELDS), ContainerStatus.class);
    }

    /**
     * Waits until the container is {@code FINISHED} (or already {@code PUBLISHED}).
     *
     * @param firstDelayMillis wait before the first read: 0 reads at once
     * @param deadline         the flow's budget; its clock starts now if it has not yet
     */
    public CompletableFuture<ContainerStatus> awaitFinished(String container, long firstDelayMillis,
                                                            Deadline deadline) {
        deadline.start();
        CompletableFuture<ContainerStatus> result = new CompletableFuture<>();
        readAfter(container, Math.min(firstDelayMillis, deadline.remainingMillis()), System.nanoTime(), deadline,
                result);
        return result;
    }

    private void readAfter(String container, long delayMillis, long startNanos, Deadline deadline,
                           CompletableFuture<ContainerStatus> result) {
        if (delayMillis <= 0) {
            read(container, startNanos, deadline, result);
            return;
        }
        ctx.delay(delayMillis).whenComplete((ignored, stopped) -> {
            if (stopped != null) {
                result.completeExceptionally(unwrap(stopped));
            } else {
                read(container, startNanos, deadline, result);
            }
        });
    }

    private void read(String container, long startNanos, Deadline deadline,
                      CompletableFuture<ContainerStatus> result) {
        if (deadline.isAborted()) {
            result.cancel(false);
            return;
        }
        status(container).whenComplete((status, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
            } else if (status.isFinished() || status.isPublished()) {
                result.complete(status);
            } else if (status.isFailed()) {
                result.completeExceptionally(new InstagramContainerException(status, container));
            } else {
                long remaining = deadline.remainingMillis();
                if (remaining <= 0) {
                    result.completeExceptionally(new InstagramPublishTimeoutException(container,
                            status.getStatusCode() == null ? "without a status_code" : status.getStatusCode(),
                            deadline.timeout()));
                    return;
                }
                long next = Math.min(schedule.nextDelay((System.nanoTime() - startNanos) / 1_000_000), remaining);
                LOG.debug("Container {} is {}: next status check in {} ms", container, status.getStatusCode(), next);
                readAfter(container, Math.max(1, next), startNanos, deadline, result);
            }
        });
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
