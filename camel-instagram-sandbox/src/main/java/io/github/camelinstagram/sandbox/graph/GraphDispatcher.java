package io.github.camelinstagram.sandbox.graph;

import java.util.List;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Container;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.sandbox.state.Follower;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Message;
import io.github.camelinstagram.sandbox.state.Node;
import io.github.camelinstagram.sandbox.state.ProcessingTimes;
import io.github.camelinstagram.sandbox.state.Sandbox;

/**
 * Routes an authenticated Graph call to the endpoints of its node: {@code /{id}} or {@code /{id}/{edge}}, where
 * {@code me} is the token's account. An unknown id, another account's object or an unsupported method answers 100/33;
 * a deeper path 2500. Call it under the sandbox lock.
 */
public final class GraphDispatcher {

    private final Sandbox sandbox;
    private final AccountEndpoints accounts;
    private final MediaEndpoints media;
    private final PublishingEndpoints publishing;
    private final CommentEndpoints comments;
    private final MessagingEndpoints messaging;

    public GraphDispatcher(Sandbox sandbox, ProcessingTimes processing, int publishingQuota,
                           MessagingLimiter limiter) {
        this.sandbox = sandbox;
        GraphViews views = new GraphViews(sandbox);
        Visibility visibility = new Visibility(sandbox);
        this.publishing = new PublishingEndpoints(sandbox, views, processing, publishingQuota);
        this.comments = new CommentEndpoints(sandbox, views, visibility);
        this.messaging = new MessagingEndpoints(sandbox, views, limiter);
        this.media = new MediaEndpoints(sandbox, views, visibility);
        this.accounts = new AccountEndpoints(sandbox, views, publishing, comments, messaging,
                new SubscriptionEndpoints(sandbox));
    }

    /** The answer's body (a JSON-ready map) of the call, or a {@link GraphException}. */
    public Object dispatch(GraphCall call) {
        List<String> segments = call.segments();
        if (segments.isEmpty()) {
            throw GraphErrors.unsupported(call.method(), "");
        }
        if (segments.size() > 2) {
            throw GraphErrors.unknownPath("/" + String.join("/", segments.subList(2, segments.size())));
        }
        String id = "me".equals(segments.get(0)) ? call.account().userId() : segments.get(0);
        String edge = segments.size() == 2 ? segments.get(1) : null;
        Node node = sandbox.node(id).orElseThrow(() -> GraphErrors.unsupported(call.method(), id));
        return switch (node.kind()) {
            case ACCOUNT -> {
                Account account = node.as(Account.class);
                if (!account.userId().equals(call.account().userId())) {
                    throw GraphErrors.unsupported(call.method(), id);
                }
                yield accounts.handle(call, account, edge);
            }
            case MEDIA -> media.handle(call, node.as(Media.class), edge);
            case CONTAINER -> publishing.container(call, node.as(Container.class), edge);
            case COMMENT -> comments.handle(call, node.as(Comment.class), edge);
            case CONVERSATION -> messaging.conversation(call, node.as(Conversation.class), edge);
            case MESSAGE -> messaging.message(call, node.as(Message.class), edge);
            case USER -> messaging.user(call, node.as(Follower.class), edge);
        };
    }
}
