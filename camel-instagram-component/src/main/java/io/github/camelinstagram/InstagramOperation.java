package io.github.camelinstagram;

/**
 * The operations of the {@code instagram:} producer, named as in the URI ({@code instagram:getProfile}). Each is
 * implemented in a class of {@code io.github.camelinstagram.operations} named after its family.
 */
public enum InstagramOperation {
    getProfile,
    getUserProfile,
    subscribeWebhooks,
    listMedia,
    getMedia,
    listTaggedMedia,
    publish,
    createContainer,
    getContainerStatus,
    publishContainer,
    getPublishingLimit,
    listComments,
    getComment,
    listReplies,
    reply,
    postComment,
    replyToMention,
    hideComment,
    unhideComment,
    deleteComment,
    enableComments,
    disableComments,
    sendMessage,
    privateReply,
    react,
    unreact,
    sendAction,
    listConversations,
    listMessages,
    getMessage,
    authorizationUrl,
    exchangeCode,
    exchangeToken,
    refreshToken;

    /**
     * The operation of the given name.
     *
     * @throws IllegalArgumentException naming the unknown operation and the known ones
     */
    public static InstagramOperation fromName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("No Instagram operation given: name one in the URI (instagram:getProfile)"
                                               + " or in the header " + InstagramConstants.OPERATION);
        }
        try {
            return valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown Instagram operation '" + name + "'; known operations: "
                                               + java.util.Arrays.toString(values()));
        }
    }
}
