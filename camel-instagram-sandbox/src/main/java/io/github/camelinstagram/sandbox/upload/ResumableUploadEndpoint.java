package io.github.camelinstagram.sandbox.upload;

import java.time.Instant;
import java.util.Map;

import io.github.camelinstagram.sandbox.graph.Authenticator;
import io.github.camelinstagram.sandbox.graph.GraphException;
import io.github.camelinstagram.sandbox.graph.MediaUrlRule;
import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Container;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.support.Json;
import io.github.camelinstagram.sandbox.support.Ordered;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The resumable upload of rupload.facebook.com: {@code POST /ig-api-upload/{version}/{container}} with
 * {@code Authorization: OAuth <token>}, and either the bytes as body with {@code offset} and {@code file_size}
 * headers, or a {@code file_url} header and no body. The container must have been created with
 * {@code upload_type=resumable}; chunks are accepted in order ({@code offset} equal to the bytes already received),
 * and processing starts when {@code file_size} bytes arrived (or at once for {@code file_url}, whose URL follows
 * {@link MediaUrlRule}). Answers {@code {"success":true,"message":"Upload successful."}}; failures answer
 * {@code {"debug_info":{"retriable":false,"type":"ProcessingFailedError","message":"..."}}} with HTTP 400 (401 with
 * type {@code AuthError} for a bad token).
 */
public final class ResumableUploadEndpoint {

    private final Sandbox sandbox;
    private final Authenticator authenticator;

    public ResumableUploadEndpoint(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.authenticator = new Authenticator(sandbox);
    }

    public void handle(RoutingContext ctx) {
        Instant now = sandbox.now();
        AccessToken token;
        try {
            token = sandbox.atomically(() -> authenticator.authenticate(
                    Authenticator.presented(ctx.request().getHeader("Authorization"), null), now));
        } catch (GraphException e) {
            fail(ctx, 401, "AuthError", e.getMessage());
            return;
        }
        try {
            sandbox.atomically(() -> receive(ctx, token, now));
            ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(Json.metaBytes(Ordered.map("success", true, "message",
                            "Upload successful."))));
        } catch (UploadRefused e) {
            fail(ctx, 400, "ProcessingFailedError", e.getMessage());
        }
    }

    private void receive(RoutingContext ctx, AccessToken token, Instant now) {
        String id = ctx.pathParam("container");
        Container container = sandbox.container(id)
                .filter(c -> c.ownerId().equals(token.accountId()) && c.isResumable())
                .orElseThrow(() -> new UploadRefused("No resumable container " + id + " of this account: create it"
                                                     + " with upload_type=resumable"));
        if (container.hasMedia()) {
            throw new UploadRefused("The media of container " + id + " was already uploaded");
        }
        if (sandbox.status(container).is("EXPIRED")) {
            throw new UploadRefused("The container " + id + " expired");
        }
        String fileUrl = ctx.request().getHeader("file_url");
        if (fileUrl != null && !fileUrl.isBlank()) {
            container.mediaArrived(now, MediaUrlRule.failure(fileUrl, true).orElse(null));
            return;
        }
        long fileSize = number(ctx, "file_size", -1);
        long offset = number(ctx, "offset", 0);
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        int length = body == null ? 0 : body.length();
        if (fileSize <= 0) {
            throw new UploadRefused("The file_size header must be the size of the file in bytes");
        }
        if (length == 0) {
            throw new UploadRefused("No bytes received: send the file as the body, or its URL in a file_url header");
        }
        if (offset != container.receivedBytes()) {
            throw new UploadRefused("offset " + offset + " does not follow the " + container.receivedBytes()
                                    + " bytes already received");
        }
        if (offset + length > fileSize) {
            throw new UploadRefused("offset " + offset + " plus " + length + " bytes exceeds file_size " + fileSize);
        }
        container.received(length);
        if (container.receivedBytes() == fileSize) {
            container.mediaArrived(now, null);
        }
    }

    private static long number(RoutingContext ctx, String header, long absent) {
        String value = ctx.request().getHeader(header);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UploadRefused("The " + header + " header must be a number of bytes");
        }
    }

    private static void fail(RoutingContext ctx, int status, String type, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(Json.metaBytes(Map.of("debug_info",
                        Ordered.map("retriable", false, "type", type, "message", message)))));
    }

    private static final class UploadRefused extends RuntimeException {
        UploadRefused(String message) {
            super(message, null, false, false);
        }
    }
}
