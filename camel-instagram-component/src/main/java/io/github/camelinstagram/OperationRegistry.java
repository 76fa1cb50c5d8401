package io.github.camelinstagram;

import java.util.EnumMap;
import java.util.Map;

import io.github.camelinstagram.operations.AccountOperations;
import io.github.camelinstagram.operations.CommentOperations;
import io.github.camelinstagram.operations.MediaOperations;
import io.github.camelinstagram.operations.MessagingOperations;
import io.github.camelinstagram.operations.OperationHandler;
import io.github.camelinstagram.operations.TokenOperations;
import io.github.camelinstagram.publishing.PublishingOperations;

/**
 * Where each operation of {@link InstagramOperation} is implemented.
 */
final class OperationRegistry {

    private static final Map<InstagramOperation, OperationHandler> HANDLERS = new EnumMap<>(InstagramOperation.class);

    static {
        HANDLERS.put(InstagramOperation.getProfile, AccountOperations::getProfile);
        HANDLERS.put(InstagramOperation.getUserProfile, AccountOperations::getUserProfile);
        HANDLERS.put(InstagramOperation.subscribeWebhooks, AccountOperations::subscribeWebhooks);
        HANDLERS.put(InstagramOperation.listMedia, MediaOperations::listMedia);
        HANDLERS.put(InstagramOperation.getMedia, MediaOperations::getMedia);
        HANDLERS.put(InstagramOperation.listTaggedMedia, MediaOperations::listTaggedMedia);
        HANDLERS.put(InstagramOperation.publish, PublishingOperations::publish);
        HANDLERS.put(InstagramOperation.createContainer, PublishingOperations::createContainer);
        HANDLERS.put(InstagramOperation.getContainerStatus, PublishingOperations::getContainerStatus);
        HANDLERS.put(InstagramOperation.publishContainer, PublishingOperations::publishContainer);
        HANDLERS.put(InstagramOperation.getPublishingLimit, PublishingOperations::getPublishingLimit);
        HANDLERS.put(InstagramOperation.listComments, CommentOperations::listComments);
        HANDLERS.put(InstagramOperation.getComment, CommentOperations::getComment);
        HANDLERS.put(InstagramOperation.listReplies, CommentOperations::listReplies);
        HANDLERS.put(InstagramOperation.reply, CommentOperations::reply);
        HANDLERS.put(InstagramOperation.postComment, CommentOperations::postComment);
        HANDLERS.put(InstagramOperation.replyToMention, CommentOperations::replyToMention);
        HANDLERS.put(InstagramOperation.hideComment, CommentOperations::hideComment);
        HANDLERS.put(InstagramOperation.unhideComment, CommentOperations::unhideComment);
        HANDLERS.put(InstagramOperation.deleteComment, CommentOperations::deleteComment);
        HANDLERS.put(InstagramOperation.enableComments, CommentOperations::enableComments);
        HANDLERS.put(InstagramOperation.disableComments, CommentOperations::disableComments);
        HANDLERS.put(InstagramOperation.sendMessage, MessagingOperations::sendMessage);
        HANDLERS.put(InstagramOperation.privateReply, MessagingOperations::privateReply);
        HANDLERS.put(InstagramOperation.react, MessagingOperations::react);
        HANDLERS.put(InstagramOperation.unreact, MessagingOperations::unreact);
        HANDLERS.put(InstagramOperation.sendAction, MessagingOperations::sendAction);
        HANDLERS.put(InstagramOperation.listConversations, MessagingOperations::listConversations);
        HANDLERS.put(InstagramOperation.listMessages, MessagingOperations::listMessages);
        HANDLERS.put(InstagramOperation.getMessage, MessagingOperations::getMessage);
        HANDLERS.put(InstagramOperation.authorizationUrl, TokenOperations::authorizationUrl);
        HANDLERS.put(InstagramOperation.exchangeCode, TokenOperations::exchangeCode);
        HANDLERS.put(InstagramOperation.exchangeToken, TokenOperations::exchangeToken);
        HANDLERS.put(InstagramOperation.refreshToken, TokenOperations::refreshToken);
    }

    private OperationRegistry() {
    }

    static OperationHandler handler(InstagramOperation operation) {
        OperationHandler handler = HANDLERS.get(operation);
        if (handler == null) {
            throw new IllegalStateException("No implementation registered for operation " + operation);
        }
        return handler;
    }
}
