package io.github.camelinstagram.sandbox.graph;

import java.util.Map;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;

/**
 * The comment node: read, hide/unhide ({@code POST hide}), delete, list replies (oldest first) and reply; and
 * {@code POST /{ig-id}/mentions}, the reply to a media or comment that mentions the account. Only top-level comments
 * take replies.
 */
final class CommentEndpoints {

    private final Sandbox sandbox;
    private final GraphViews views;
    private final Visibility visibility;

    CommentEndpoints(Sandbox sandbox, GraphViews views, Visibility visibility) {
        this.sandbox = sandbox;
        this.views = views;
        this.visibility = visibility;
    }

    Object handle(GraphCall call, Comment comment, String edge) {
        Account account = call.account();
        if (!visibility.canSee(account, comment)) {
            throw GraphErrors.unsupported(call.method(), comment.id());
        }
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_COMMENTS);
        String method = call.method();
        if (edge == null) {
            return switch (method) {
                case "GET" -> views.comment().render(comment, call.fields());
                case "POST" -> hide(call, comment);
                case "DELETE" -> delete(call, comment);
                default -> throw GraphErrors.unsupported(method, comment.id());
            };
        }
        return switch (method + " " + edge) {
            case "GET replies" -> {
                FieldSelection fields = call.fields();
                yield Pager.page(sandbox.replies(comment.id()), Comment::id, c -> views.comment().render(c, fields),
                        call, 50, "/" + comment.id() + "/replies");
            }
            case "POST replies" -> reply(call, comment);
            default -> throw "replies".equals(edge) ? GraphErrors.unsupported(method, comment.id())
                    : GraphErrors.nonexistingEdge(edge, "Comment");
        };
    }

    Object replyToMention(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_COMMENTS);
        String mediaId = call.requireParam("media_id");
        String commentId = call.param("comment_id");
        String text = MediaEndpoints.checkedText(call);
        Media media = sandbox.media(mediaId).filter(m -> visibility.canSee(account, m))
                .orElseThrow(() -> GraphErrors.invalidParameter("The media " + mediaId
                                                                + " does not exist or does not mention this account"));
        if (commentId == null || commentId.isBlank()) {
            boolean mentioned = media.captionMentions(account.username()) || media.taggedUsernames().stream()
                    .anyMatch(u -> u.equalsIgnoreCase(account.username()));
            if (!mentioned) {
                throw GraphErrors.invalidParameter("The caption of media " + mediaId + " does not mention @"
                                                   + account.username() + ": give the comment_id of the mention");
            }
            MediaEndpoints.checkCommentable(media);
            return Map.of("id", sandbox.addComment(media, account.userId(), account.username(), text, null).id());
        }
        Comment mention = sandbox.comment(commentId).filter(c -> c.mediaId().equals(mediaId))
                .orElseThrow(() -> GraphErrors.invalidParameter("The comment " + commentId
                                                                + " does not exist on media " + mediaId));
        if (!visibility.mentions(account, mention)) {
            throw GraphErrors.invalidParameter("The comment " + commentId + " does not mention @"
                                               + account.username());
        }
        MediaEndpoints.checkCommentable(media);
        Comment parent = mention.isReply() ? sandbox.comment(mention.parentId()).orElse(mention) : mention;
        return Map.of("id", sandbox.addComment(media, account.userId(), account.username(), text, parent).id());
    }

    private Object hide(GraphCall call, Comment comment) {
        if (!visibility.moderates(call.account(), comment)) {
            throw GraphErrors.unsupported("POST", comment.id());
        }
        Boolean hide = call.flag("hide");
        if (hide == null) {
            throw GraphErrors.invalidParameter("The parameter hide is required");
        }
        comment.setHidden(hide);
        return Map.of("success", true);
    }

    private Object delete(GraphCall call, Comment comment) {
        if (!visibility.moderates(call.account(), comment) && !comment.authorId().equals(call.account().userId())) {
            throw GraphErrors.unsupported("DELETE", comment.id());
        }
        sandbox.delete(comment);
        return Map.of("success", true);
    }

    private Object reply(GraphCall call, Comment comment) {
        Account account = call.account();
        if (comment.isReply()) {
            throw GraphErrors.invalidParameter("Replies can only be posted to top-level comments: comment "
                                               + comment.id() + " is itself a reply to comment "
                                               + comment.parentId());
        }
        String text = MediaEndpoints.checkedText(call);
        Media media = sandbox.media(comment.mediaId()).orElseThrow(
                () -> GraphErrors.unsupported("POST", comment.id()));
        MediaEndpoints.checkCommentable(media);
        return Map.of("id", sandbox.addComment(media, account.userId(), account.username(), text, comment).id());
    }
}
