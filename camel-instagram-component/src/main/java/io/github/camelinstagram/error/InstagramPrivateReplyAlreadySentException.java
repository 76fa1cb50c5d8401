package io.github.camelinstagram.error;

import io.github.camelinstagram.InstagramApiException;

/**
 * A private reply was already sent for this comment (subcode 2534025): the API allows one private reply per comment, within 7 days of the comment.
 */
public class InstagramPrivateReplyAlreadySentException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    static final String HINT = "A comment can get only one private reply: continue the conversation with sendMessage to the commenter once they answer.";

    public InstagramPrivateReplyAlreadySentException(ApiError error) {
        super(error, HINT);
    }
}
