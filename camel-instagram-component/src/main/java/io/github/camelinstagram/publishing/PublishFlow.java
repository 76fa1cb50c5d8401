package io.github.camelinstagram.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.model.PublishedMedia;
import io.github.camelinstagram.operations.OperationContext;

/**
 * The whole of {@code publish}, and the creation part of {@code createContainer}:
 *
 * <pre>
 * [checkPublishingLimit] GET content_publishing_limit  -- used up: InstagramPublishingLimitException
 * IMAGE / REELS / STORIES:  POST media [+ upload]  -> poll until FINISHED  -> media_publish
 * CAROUSEL:  POST media for every item at once [+ uploads], each polled until FINISHED
 *            -> POST media (CAROUSEL, children in item order) -> poll until FINISHED -> media_publish
 * </pre>
 *
 * A carousel fails as soon as one item fails; the other items then stop polling. All waits share one
 * {@link Deadline} of {@code publishTimeout}.
 */
public final class PublishFlow {

    private final OperationContext ctx;
    private final PublishRequest request;
    private final PollSchedule schedule;
    private final ContainerCreator creator;
    private final ContainerPoller poller;
    private final Deadline deadline;

    public PublishFlow(OperationContext ctx, PublishRequest request) {
        this.ctx = ctx;
        this.request = request;
        this.schedule = schedule(ctx.config());
        this.creator = new ContainerCreator(ctx, new ResumableUploader(ctx));
        this.poller = new ContainerPoller(ctx, schedule);
        this.deadline = deadline(ctx.config());
    }

    /** The polling schedule of the options {@code pollInitialDelay} and {@code pollMaxInterval}. */
    public static PollSchedule schedule(InstagramConfiguration config) {
        return new PollSchedule(config.getPollInitialDelay(), config.getPollMaxInterval());
    }

    /** A fresh budget of {@code publishTimeout}. */
    public static Deadline deadline(InstagramConfiguration config) {
        return new Deadline(Duration.ofMillis(config.getPublishTimeout()));
    }

    /** Creates, waits for and publishes the container(s): the published media. */
    public CompletableFuture<PublishedMedia> publish() {
        MediaPublisher publisher = new MediaPublisher(ctx, poller, schedule);
        return ctx.accountId().thenCompose(account -> quotaChecked(account)
                .thenCompose(ok -> readyToPublish(account))
                .thenCompose(ready -> publisher.publish(account, ready.container(), deadline, true)
                        .thenApply(media -> {
                            media.setMediaType(request.mediaType().name());
                            media.setChildContainerIds(ready.children());
                            return media;
                        })));
    }

    /**
     * Creates the container without publishing it: the container id. For a carousel, the items are created and
     * waited for (a carousel holds finished items only), then the carousel container is created, not waited for.
     */
    public CompletableFuture<String> createContainer() {
        return ctx.accountId().thenCompose(account -> request.mediaType() == PublishMediaType.CAROUSEL
                ? finishedItems(account).thenCompose(children -> creator.create(
                        ContainerRequests.carousel(account, request, children), null))
                : creator.create(ContainerRequests.single(account, request), request.media()));
    }

    private CompletableFuture<Void> quotaChecked(String account) {
        return ctx.config().isCheckPublishingLimit() ? new PublishingQuota(ctx).check(account)
                : CompletableFuture.completedFuture(null);
    }

    /** A container that is FINISHED, and for a carousel its items. */
    private record Ready(String container, List<String> children) {
    }

    private CompletableFuture<Ready> readyToPublish(String account) {
        if (request.mediaType() != PublishMediaType.CAROUSEL) {
            return creator.create(ContainerRequests.single(account, request), request.media())
                    .thenCompose(container -> poller.awaitFinished(container, schedule.initialDelayMillis(), deadline)
                            .thenApply(status -> new Ready(container, null)));
        }
        return finishedItems(account).thenCompose(children -> creator.create(
                ContainerRequests.carousel(account, request, children), null)
                // its items are processed already: the carousel container is usually FINISHED at once
                .thenCompose(container -> poller.awaitFinished(container, 0, deadline)
                        .thenApply(status -> new Ready(container, children))));
    }

    /** Creates every item at once and waits for each; the item containers in item order, or the first failure. */
    private CompletableFuture<List<String>> finishedItems(String account) {
        List<CompletableFuture<String>> items = new ArrayList<>();
        for (CarouselItem item : request.items()) {
            items.add(creator.create(ContainerRequests.item(account, item), item.media())
                    .thenCompose(container -> poller.awaitFinished(container, schedule.initialDelayMillis(), deadline)
                            .thenApply(status -> container)));
        }
        CompletableFuture<List<String>> all = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(items.size());
        for (CompletableFuture<String> item : items) {
            item.whenComplete((container, failure) -> {
                if (failure != null) {
                    deadline.abort();
                    all.completeExceptionally(ContainerPoller.unwrap(failure));
                } else if (pending.decrementAndGet() == 0) {
                    all.complete(items.stream().map(CompletableFuture::join).toList());
                }
            });
        }
        return all;
    }
}
