package io.github.camelinstagram.operations;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.model.Media;

/**
 * Reading media: listMedia, getMedia, listTaggedMedia.
 */
public final class MediaOperations {

    static final String MEDIA_FIELDS = "id,caption,media_type,media_product_type,media_url,permalink,shortcode,"
                                       + "thumbnail_url,timestamp,username,comments_count,like_count,"
                                       + "is_comment_enabled";
    static final String TAGGED_MEDIA_FIELDS
            = "id,caption,media_type,media_url,permalink,timestamp,username,comments_count,like_count";

    private MediaOperations() {
    }

    /** {@code GET /{account}/media}, one page: body a list of {@link Media}. */
    public static CompletableFuture<OperationResult> listMedia(OperationContext ctx) {
        String fields = ctx.fields(MEDIA_FIELDS);
        return ctx.accountId().thenCompose(account -> ctx.fetchPage(
                GraphRequest.get(account, "media").query("fields", fields), Media.class));
    }

    /** {@code GET /{media-id}?fields=...}: body {@link Media}. */
    public static CompletableFuture<OperationResult> getMedia(OperationContext ctx) {
        String media = ctx.requireHeader(InstagramConstants.MEDIA_ID, "media id");
        return ctx.fetch(GraphRequest.get(media).query("fields", ctx.fields(MEDIA_FIELDS + ",children{id,media_type,"
                                                                             + "media_url,thumbnail_url}")),
                Media.class).thenApply(OperationResult::of);
    }

    /** {@code GET /{account}/tags}, one page of the media the account is tagged in: body a list of {@link Media}. */
    public static CompletableFuture<OperationResult> listTaggedMedia(OperationContext ctx) {
        String fields = ctx.fields(TAGGED_MEDIA_FIELDS);
        return ctx.accountId().thenCompose(account -> ctx.fetchPage(
                GraphRequest.get(account, "tags").query("fields", fields), Media.class));
    }
}
