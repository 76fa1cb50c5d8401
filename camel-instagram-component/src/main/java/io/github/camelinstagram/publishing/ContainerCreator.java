package io.github.camelinstagram.publishing;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.operations.OperationContext;

/**
 * Creates one container ({@code POST /{account}/media}) and, for a local video, uploads it into the new container.
 * Completes with the container's id once both are done.
 */
public final class ContainerCreator {

    private final OperationContext ctx;
    private final ResumableUploader uploader;

    public ContainerCreator(OperationContext ctx, ResumableUploader uploader) {
        this.ctx = ctx;
        this.uploader = uploader;
    }

    /**
     * @param request the creation request ({@link ContainerRequests})
     * @param media   where the media comes from: a local video is uploaded after the creation
     */
    public CompletableFuture<String> create(GraphRequest request, MediaSource media) {
        CompletableFuture<String> created = ctx.fetch(request, IdResponse.class).thenApply(answer -> {
            if (answer.getId() == null || answer.getId().isBlank()) {
                throw new InstagramApiException(new ApiError(200, 0, 0, null, "the answer has no container id", null,
                        false, request.toString()));
            }
            return answer.getId();
        });
        if (media == null || !media.isLocal()) {
            return created;
        }
        return created.thenCompose(container -> uploader.upload(container, media.local()).thenApply(done -> container));
    }
}
