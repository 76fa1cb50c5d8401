package io.github.camelinstagram.sandbox.graph;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;

/**
 * The account node ({@code /me}, {@code /{ig-id}}) and its edges. Reading the profile, media, stories and tags is
 * answered here; publishing, mentions, messaging and subscriptions are handed to their own endpoints.
 */
final class AccountEndpoints {

    private final Sandbox sandbox;
    private final GraphViews views;
    private final PublishingEndpoints publishing;
    private final CommentEndpoints comments;
    private final MessagingEndpoints messaging;
    private final SubscriptionEndpoints subscriptions;

    AccountEndpoints(Sandbox sandbox, GraphViews views, PublishingEndpoints publishing, CommentEndpoints comments,
                     MessagingEndpoints messaging, SubscriptionEndpoints subscriptions) {
        this.sandbox = sandbox;
        this.views = views;
        this.publishing = publishing;
        this.comments = comments;
        this.messaging = messaging;
        this.subscriptions = subscriptions;
    }

    Object handle(GraphCall call, Account account, String edge) {
        String method = call.method();
        if (edge == null) {
            if (!"GET".equals(method)) {
                throw GraphErrors.unsupported(method, account.userId());
            }
            Authenticator.require(call.token(), Scope.BASIC);
            return views.account().render(account, call.fields());
        }
        return switch (method + " " + edge) {
            case "GET media" -> mediaList(call, account, false, "media");
            case "GET stories" -> mediaList(call, account, true, "stories");
            case "GET tags" -> tags(call, account);
            case "POST media" -> publishing.createContainer(call, account);
            case "POST media_publish" -> publishing.publish(call, account);
            case "GET content_publishing_limit" -> publishing.limit(call, account);
            case "POST mentions" -> comments.replyToMention(call, account);
            case "POST messages" -> messaging.send(call, account);
            case "GET conversations" -> messaging.conversations(call, account);
            case "GET subscribed_apps" -> subscriptions.list(call, account);
            case "POST subscribed_apps" -> subscriptions.subscribe(call, account);
            case "DELETE subscribed_apps" -> subscriptions.unsubscribe(call, account);
            default -> throw unknownEdge(method, account, edge);
        };
    }

    private Object mediaList(GraphCall call, Account account, boolean stories, String edge) {
        Authenticator.require(call.token(), Scope.BASIC);
        FieldSelection fields = call.fields();
        return Pager.page(sandbox.mediaOf(account.userId(), stories), Media::id,
                m -> views.media().render(m, fields), call, 100, "/" + account.userId() + "/" + edge);
    }

    private Object tags(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_COMMENTS);
        FieldSelection fields = call.fields();
        return Pager.page(sandbox.taggedMedia(account.username()), Media::id, m -> views.media().render(m, fields),
                call, 100, "/" + account.userId() + "/tags");
    }

    private static GraphException unknownEdge(String method, Account account, String edge) {
        boolean known = switch (edge) {
            case "media", "stories", "tags", "media_publish", "content_publishing_limit", "mentions", "messages",
                 "conversations", "subscribed_apps" -> true;
            default -> false;
        };
        return known ? GraphErrors.unsupported(method, account.userId())
                : GraphErrors.nonexistingEdge(edge, "User");
    }
}
