package io.github.camelinstagram.sandbox.graph;

import java.util.Map;

import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;

/**
 * The media node: read it, enable or disable its comments ({@code POST comment_enabled}), list its children, list
 * its top-level comments (newest first, at most 50 a page) and comment on it.
 */
final class MediaEndpoints {

    /** Longest comment text. */
    static final int MAX_COMMENT_LENGTH = 2200;

    private final Sandbox sandbox;
    private final GraphViews views;
    private final Visibility visibility;

    MediaEndpoints(Sandbox sandbox, GraphViews views, Visibility visibility) {
        this.sandbox = sandbox;
        this.views = views;
        this.visibility = visibility;
    }

    Object handle(GraphCall call, Media media, String edge) {
        if (!visibility.canSee(call.account(), media)) {
            throw GraphErrors.unsupported(call.method(), media.id());
        }
        String method = call.method();
        if (edge == null) {
            return switch (method) {
                case "GET" -> {
                    Authenticator.require(call.token(), Scope.BASIC);
                    yield views.media().render(media, call.fields());
                }
                case "POST" -> setCommentEnabled(call, media);
                default -> throw GraphErrors.unsupported(method, media.id());
            };
        }
        return switch (method + " " + edge) {
            case "GET children" -> {
                Authenticator.require(call.token(), Scope.BASIC);
                FieldSelection fields = call.fields();
                yield Pager.page(media.children(), Media::id, m -> views.media().render(m, fields), call, 10,
                        "/" + media.id() + "/children");
            }
            case "GET comments" -> comments(call, media);
            case "POST comments" -> comment(call, media);
            default -> throw "children".equals(edge) || "comments".equals(edge)
                    ? GraphErrors.unsupported(method, media.id()) : GraphErrors.nonexistingEdge(edge, "Media");
        };
    }

    private Object setCommentEnabled(GraphCall call, Media media) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_COMMENTS);
        if (!visibility.owns(call.account(), media)) {
            throw GraphErrors.unsupported("POST", media.id());
        }
        Boolean enabled = call.flag("comment_enabled");
        if (enabled == null) {
            throw GraphErrors.invalidParameter("The parameter comment_enabled is required");
        }
        media.setCommentEnabled(enabled);
        return Map.of("success", true);
    }

    private Object comments(GraphCall call, Media media) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_COMMENTS);
        FieldSelection fields = call.fields();
        return Pager.page(sandbox.topLevelComments(media.id()), Comment::id, c -> views.comment().render(c, fields),
                call, 50, "/" + media.id() + "/comments");
    }

    private Object comment(GraphCall call, Media media) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_COMMENTS);
        if (!visibility.owns(call.account(), media) || media.isChild()) {
            throw GraphErrors.unsupported("POST", media.id());
        }
        String text = checkedText(call);
        checkCommentable(media);
        Comment comment = sandbox.addComment(media, call.account().userId(), call.account().username(), text, null);
        return Map.of("id", comment.id());
    }

    /** The {@code message} parameter of a comment or reply: required, at most 2,200 characters. */
    static String checkedText(GraphCall call) {
        String text = call.requireParam("message");
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw GraphErrors.invalidParameter("The comment text may have at most " + MAX_COMMENT_LENGTH
                                               + " characters");
        }
        return text;
    }

    /** Refuses comments on stories and on media whose comments are disabled. */
    static void checkCommentable(Media media) {
        if ("STORY".equals(media.productType())) {
            throw GraphErrors.invalidParameter("Stories cannot be commented on");
        }
        if (!media.isCommentEnabled()) {
            throw GraphErrors.invalidParameter("Comments are disabled for this media (" + media.id() + ")");
        }
    }
}
