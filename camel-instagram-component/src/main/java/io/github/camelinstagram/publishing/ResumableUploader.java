package io.github.camelinstagram.publishing;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.api.GraphResponse;
import io.github.camelinstagram.error.InstagramPublishingException;
import io.github.camelinstagram.operations.OperationContext;

/**
 * Sends a local video into a container created with {@code upload_type=resumable}:
 * {@code POST {uploadBaseUrl}/ig-api-upload/{apiVersion}/{container}} with {@code Authorization: OAuth <token>},
 * {@code offset: 0}, {@code file_size: <bytes>} and the bytes as body, streamed from disk for a file. The whole file is
 * sent from offset 0, so a transient failure may be retried by sending it again. A refusal
 * ({@code {"debug_info":{...}}}, or an answer without {@code "success":true}) is an
 * {@link InstagramPublishingException}.
 */
public final class ResumableUploader {

    private final OperationContext ctx;

    public ResumableUploader(OperationContext ctx) {
        this.ctx = ctx;
    }

    /** Uploads the media into the container; completes once the upload host accepted it. */
    public CompletableFuture<Void> upload(String container, LocalMedia media) {
        String version = ctx.config().getApiVersion();
        GraphRequest request = version == null || version.isBlank()
                ? GraphRequest.post("ig-api-upload", container)
                : GraphRequest.post("ig-api-upload", version, container);
        request.unversioned().onHost(ctx.config().getUploadBaseUrl()).authorizationScheme("OAuth")
                .header("offset", 0).header("file_size", media.size())
                .timeout(Duration.ofMillis(ctx.config().getUploadTimeout())).idempotent(true);
        media.attachTo(request);
        return ctx.call(request).thenApply(response -> {
            checkAccepted(response, request, media);
            return null;
        });
    }

    private void checkAccepted(GraphResponse response, GraphRequest request, LocalMedia media) {
        JsonNode answer;
        try {
            answer = ctx.mapper().readTree(response.body());
        } catch (IOException notJson) {
            answer = null;
        }
        if (answer != null && answer.path("success").asBoolean(false)) {
            return;
        }
        String message;
        if (answer == null) {
            message = "the upload host's answer is not JSON";
        } else {
            String reason = answer.path("debug_info").path("message").asText(answer.path("message").asText(""));
            message = reason.isBlank() ? "no \"success\":true in " + answer : reason;
        }
        throw new InstagramPublishingException(new ApiError(response.status(), 0, 0, "UploadFailed",
                "upload of " + media.describe() + " not accepted: " + message, null, false, request.toString()));
    }
}
