package io.github.camelinstagram.sandbox.graph;

import java.util.List;
import java.util.Map;

import io.github.camelinstagram.sandbox.graph.MessagingLimiter.Bucket;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.sandbox.state.Follower;
import io.github.camelinstagram.sandbox.state.Message;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * Messaging (section D): the Send API ({@code POST /{ig-id}/messages}, see {@link SendApi}), the Conversations API
 * ({@code GET /{ig-id}/conversations}, a conversation, a message) and user profiles ({@code GET /{IGSID}}). All need
 * {@code instagram_business_manage_messages}; Conversations API calls are limited to 2 a second per account.
 */
final class MessagingEndpoints {

    private final Sandbox sandbox;
    private final GraphViews views;
    private final MessagingLimiter limiter;
    private final SendApi sendApi;

    MessagingEndpoints(Sandbox sandbox, GraphViews views, MessagingLimiter limiter) {
        this.sandbox = sandbox;
        this.views = views;
        this.limiter = limiter;
        this.sendApi = new SendApi(sandbox, limiter);
    }

    Object send(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_MESSAGES);
        return sendApi.send(call, account);
    }

    Object conversations(GraphCall call, Account account) {
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_MESSAGES);
        String platform = call.param("platform");
        if (platform == null || platform.isBlank()) {
            throw GraphErrors.invalidParameter("The parameter platform is required");
        }
        if (!"instagram".equals(platform)) {
            throw GraphErrors.invalidParameter("Param platform must be instagram for Instagram Login tokens");
        }
        limiter.acquire(Bucket.CONVERSATIONS, account.userId(), call.now());
        String userId = call.param("user_id");
        List<Conversation> threads = sandbox.conversationsOf(account.userId()).stream()
                .filter(c -> userId == null || c.participant().igsid().equals(userId))
                .toList();
        FieldSelection fields = call.fields() != null ? call.fields() : FieldSelection.parse("id,updated_time");
        return Pager.page(threads, Conversation::id, c -> views.conversation().render(c, fields), call, 100,
                "/" + account.userId() + "/conversations");
    }

    Object conversation(GraphCall call, Conversation conversation, String edge) {
        Account account = call.account();
        if (!conversation.accountId().equals(account.userId())) {
            throw GraphErrors.unsupported(call.method(), conversation.id());
        }
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_MESSAGES);
        if (edge == null && "GET".equals(call.method())) {
            limiter.acquire(Bucket.CONVERSATIONS, account.userId(), call.now());
            return views.conversation().render(conversation, call.fields());
        }
        if ("messages".equals(edge) && "GET".equals(call.method())) {
            limiter.acquire(Bucket.CONVERSATIONS, account.userId(), call.now());
            FieldSelection fields = call.fields();
            return Pager.page(conversation.newestFirst(), Message::mid,
                    m -> views.listedMessage(conversation, m, fields), call, 100,
                    "/" + conversation.id() + "/messages");
        }
        throw edge == null || "messages".equals(edge) ? GraphErrors.unsupported(call.method(), conversation.id())
                : GraphErrors.nonexistingEdge(edge, "Conversation");
    }

    Object message(GraphCall call, Message message, String edge) {
        Account account = call.account();
        Conversation conversation = sandbox.conversationById(message.conversationId())
                .filter(c -> c.accountId().equals(account.userId()))
                .orElseThrow(() -> GraphErrors.unsupported(call.method(), message.mid()));
        if (edge != null) {
            throw GraphErrors.nonexistingEdge(edge, "Message");
        }
        if (!"GET".equals(call.method())) {
            throw GraphErrors.unsupported(call.method(), message.mid());
        }
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_MESSAGES);
        limiter.acquire(Bucket.CONVERSATIONS, account.userId(), call.now());
        if (!conversation.isRecent(message)) {
            throw GraphErrors.invalidParameter("The message has been deleted: only the 20 most recent messages of a"
                                               + " conversation can be read");
        }
        return views.message().render(message, call.fields());
    }

    Object user(GraphCall call, Follower follower, String edge) {
        if (edge != null) {
            throw GraphErrors.nonexistingEdge(edge, "User");
        }
        if (!"GET".equals(call.method())) {
            throw GraphErrors.unsupported(call.method(), follower.igsid());
        }
        Authenticator.require(call.token(), Scope.BASIC, Scope.MANAGE_MESSAGES);
        boolean consented = sandbox.conversation(call.account().userId(), follower.igsid())
                .map(c -> c.lastInboundAt() != null).orElse(false);
        if (!consented) {
            throw GraphErrors.userConsentRequired();
        }
        return views.user().render(follower, call.fields());
    }

    /** The answer of a send: {@code {"recipient_id","message_id"}}, without the mid for sender actions. */
    static Map<String, Object> sent(String recipientId, String mid) {
        return mid == null ? Map.of("recipient_id", recipientId)
                : Ordered.map("recipient_id", recipientId, "message_id", mid);
    }
}
