package io.github.camelinstagram.publishing;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.model.ContainerStatus;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.PublishedMedia;
import io.github.camelinstagram.model.PublishingLimit;
import io.github.camelinstagram.operations.OperationContext;
import io.github.camelinstagram.operations.OperationResult;

/**
 * Content publishing: publish, createContainer, getContainerStatus, publishContainer, getPublishingLimit. The flow
 * itself lives in {@code io.github.camelinstagram.publishing}.
 * <p>
 * Retries: container creation and status reads may be repeated after a transient failure (an unused container
 * expires); {@code media_publish} never is: after a failure that may hide a success, the container's status decides.
 */
public final class PublishingOperations {

    private PublishingOperations() {
    }

    /**
     * Creates the container(s), waits until they are FINISHED and publishes: body a {@link PublishedMedia}, its media
     * id in {@code CamelInstagramId}. When only the container's status confirmed the post (after an uncertain
     * media_publish), the id is unknown: {@code CamelInstagramId} is then removed rather than left from an earlier
     * step.
     */
    public static CompletableFuture<OperationResult> publish(OperationContext ctx) {
        PublishRequest request = read(ctx);
        return new PublishFlow(ctx, request).publish().thenApply(media -> published(ctx, media));
    }

    /**
     * {@code POST /{account}/media} only (for a carousel: its items, waited for, then itself): body
     * {@link IdResponse}, the container id in {@code CamelInstagramId}.
     */
    public static CompletableFuture<OperationResult> createContainer(OperationContext ctx) {
        PublishRequest request = read(ctx);
        return new PublishFlow(ctx, request).createContainer().thenApply(container -> {
            IdResponse created = new IdResponse();
            created.setId(container);
            return OperationResult.created(created, container);
        });
    }

    /** {@code GET /{container}?fields=status_code,status}: body {@link ContainerStatus}, whatever the status is. */
    public static CompletableFuture<OperationResult> getContainerStatus(OperationContext ctx) {
        String container = ctx.requireHeader(InstagramConstants.MEDIA_ID, "container id");
        return ctx.fetch(GraphRequest.get(container).query("fields", ctx.fields(ContainerPoller.STATUS_FIELDS)),
                ContainerStatus.class).thenApply(OperationResult::of);
    }

    /**
     * {@code POST /{account}/media_publish creation_id=<container>}: body {@link PublishedMedia}. Not ready (9007) is
     * raised at once; a failure that may hide a success is settled by the container's status, as for publish.
     */
    public static CompletableFuture<OperationResult> publishContainer(OperationContext ctx) {
        String container = ctx.requireHeader(InstagramConstants.MEDIA_ID, "container to publish");
        PollSchedule schedule = PublishFlow.schedule(ctx.config());
        MediaPublisher publisher = new MediaPublisher(ctx, new ContainerPoller(ctx, schedule), schedule);
        return ctx.accountId().thenCompose(account -> publisher.publish(account, container,
                PublishFlow.deadline(ctx.config()), false)).thenApply(media -> published(ctx, media));
    }

    /** {@code GET /{account}/content_publishing_limit?fields=quota_usage,config}: body {@link PublishingLimit}. */
    public static CompletableFuture<OperationResult> getPublishingLimit(OperationContext ctx) {
        return ctx.accountId().thenCompose(account -> new PublishingQuota(ctx).read(account,
                ctx.fields(PublishingQuota.FIELDS))).thenApply(OperationResult::of);
    }

    private static PublishRequest read(OperationContext ctx) {
        return new PublishRequestReader(ctx.exchange().getMessage(), ctx.config(), ctx.mapper()).read();
    }

    private static OperationResult published(OperationContext ctx, PublishedMedia media) {
        if (media.getId() == null) {
            ctx.exchange().getMessage().removeHeader(InstagramConstants.ID);
        }
        return OperationResult.created(media, media.getId());
    }
}
