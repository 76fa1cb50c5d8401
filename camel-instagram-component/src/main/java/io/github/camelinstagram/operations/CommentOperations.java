package io.github.camelinstagram.operations;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.model.Comment;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.SuccessResponse;

/**
 * Comments and moderation: listComments, getComment, listReplies, reply, postComment, replyToMention, hideComment,
 * unhideComment, deleteComment, enableComments, disableComments.
 * <p>
 * Retries: reads, hide/unhide and enable/disable set a state and may be retried after a transient failure; reply,
 * postComment, replyToMention and deleteComment are retried only after a throttling answer (the API did not carry
 * them out), never after a failure that may hide a success.
 */
public final class CommentOperations {

    static final String COMMENT_FIELDS = "id,text,timestamp,username,from{id,username},hidden,like_count,"
                                         + "media{id,media_product_type},parent_id";
    static final String LIST_FIELDS = "id,text,timestamp,username,from{id,username},hidden,like_count,parent_id";

    private CommentOperations() {
    }

    /** {@code GET /{media}/comments}, one page of top-level comments, newest first: body a list of {@link Comment}. */
    public static CompletableFuture<OperationResult> listComments(OperationContext ctx) {
        String media = ctx.requireHeader(InstagramConstants.MEDIA_ID, "media id");
        return ctx.fetchPage(GraphRequest.get(media, "comments").query("fields", ctx.fields(LIST_FIELDS)),
                Comment.class);
    }

    /** {@code GET /{comment}?fields=...}: body {@link Comment}. */
    public static CompletableFuture<OperationResult> getComment(OperationContext ctx) {
        String comment = ctx.requireHeader(InstagramConstants.COMMENT_ID, "comment id");
        return ctx.fetch(GraphRequest.get(comment).query("fields", ctx.fields(COMMENT_FIELDS)), Comment.class)
                .thenApply(OperationResult::of);
    }

    /** {@code GET /{comment}/replies}, one page: body a list of {@link Comment}. */
    public static CompletableFuture<OperationResult> listReplies(OperationContext ctx) {
        String comment = ctx.requireHeader(InstagramConstants.COMMENT_ID, "comment id");
        return ctx.fetchPage(GraphRequest.get(comment, "replies").query("fields", ctx.fields(LIST_FIELDS)),
                Comment.class);
    }

    /**
     * {@code POST /{comment}/replies message=<body>}: body {@link IdResponse}, id in {@code CamelInstagramId}. Only
     * top-level comments can be replied to: when {@code CamelInstagramParentCommentId} (set by the webhook consumer)
     * says the comment is a reply, nothing is sent and the error names the parent to answer instead; otherwise the
     * API's own refusal is raised.
     */
    public static CompletableFuture<OperationResult> reply(OperationContext ctx) {
        String comment = ctx.requireHeader(InstagramConstants.COMMENT_ID, "comment to reply to");
        String parent = ctx.header(InstagramConstants.PARENT_COMMENT_ID);
        if (parent != null && !parent.equals(comment)) {
            throw new IllegalArgumentException("Comment " + comment + " is a reply to comment " + parent + ": Instagram"
                                               + " accepts replies only to top-level comments. Set "
                                               + InstagramConstants.COMMENT_ID + " to " + parent
                                               + " to answer in the thread");
        }
        String text = ctx.requireTextBody("reply text");
        return created(ctx, GraphRequest.post(comment, "replies").form("message", text));
    }

    /** {@code POST /{media}/comments message=<body>}: a comment on the account's own media. */
    public static CompletableFuture<OperationResult> postComment(OperationContext ctx) {
        String media = ctx.requireHeader(InstagramConstants.MEDIA_ID, "media to comment on");
        String text = ctx.requireTextBody("comment text");
        return created(ctx, GraphRequest.post(media, "comments").form("message", text));
    }

    /**
     * {@code POST /{account}/mentions media_id, comment_id, message}: answers a media or a comment that mentions the
     * account. The comment id is optional: without it the reply goes to the media's caption mention.
     */
    public static CompletableFuture<OperationResult> replyToMention(OperationContext ctx) {
        String media = ctx.requireHeader(InstagramConstants.MEDIA_ID, "media that mentions the account");
        String comment = ctx.header(InstagramConstants.COMMENT_ID);
        String text = ctx.requireTextBody("reply text");
        return ctx.accountId().thenCompose(account -> created(ctx, GraphRequest.post(account, "mentions")
                .form("media_id", media).form("comment_id", comment).form("message", text)));
    }

    /** {@code POST /{comment} hide=true}. */
    public static CompletableFuture<OperationResult> hideComment(OperationContext ctx) {
        return setHidden(ctx, true);
    }

    /** {@code POST /{comment} hide=false}. */
    public static CompletableFuture<OperationResult> unhideComment(OperationContext ctx) {
        return setHidden(ctx, false);
    }

    /** {@code DELETE /{comment}}. */
    public static CompletableFuture<OperationResult> deleteComment(OperationContext ctx) {
        String comment = ctx.requireHeader(InstagramConstants.COMMENT_ID, "comment to delete");
        return success(ctx, GraphRequest.delete(comment));
    }

    /** {@code POST /{media} comment_enabled=true}. */
    public static CompletableFuture<OperationResult> enableComments(OperationContext ctx) {
        return setCommentsEnabled(ctx, true);
    }

    /** {@code POST /{media} comment_enabled=false}. */
    public static CompletableFuture<OperationResult> disableComments(OperationContext ctx) {
        return setCommentsEnabled(ctx, false);
    }

    private static CompletableFuture<OperationResult> setHidden(OperationContext ctx, boolean hide) {
        String comment = ctx.requireHeader(InstagramConstants.COMMENT_ID, "comment to " + (hide ? "hide" : "unhide"));
        return success(ctx, GraphRequest.post(comment).form("hide", hide).idempotent(true));
    }

    private static CompletableFuture<OperationResult> setCommentsEnabled(OperationContext ctx, boolean enabled) {
        String media = ctx.requireHeader(InstagramConstants.MEDIA_ID,
                "media whose comments to " + (enabled ? "enable" : "disable"));
        return success(ctx, GraphRequest.post(media).form("comment_enabled", enabled).idempotent(true));
    }

    private static CompletableFuture<OperationResult> created(OperationContext ctx, GraphRequest request) {
        return ctx.fetchCreated(request, IdResponse.class, IdResponse::getId, "id of the new comment")
                .thenApply(id -> OperationResult.created(id, id.getId()));
    }

    private static CompletableFuture<OperationResult> success(OperationContext ctx, GraphRequest request) {
        return ctx.fetch(request, SuccessResponse.class).thenApply(OperationResult::of);
    }
}
