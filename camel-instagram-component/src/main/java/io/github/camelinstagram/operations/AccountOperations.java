package io.github.camelinstagram.operations;

import java.util.concurrent.CompletableFuture;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.model.InstagramAccount;
import io.github.camelinstagram.model.InstagramUser;
import io.github.camelinstagram.model.SuccessResponse;

/**
 * The account itself, the people who message it, and its webhook subscription: getProfile, getUserProfile,
 * subscribeWebhooks.
 */
public final class AccountOperations {

    static final String PROFILE_FIELDS
            = "user_id,username,name,account_type,profile_picture_url,followers_count,follows_count,media_count";
    static final String USER_PROFILE_FIELDS = "name,username,profile_pic,follower_count,is_user_follow_business,"
                                              + "is_business_follow_user,is_verified_user";

    private AccountOperations() {
    }

    /** {@code GET /{account}?fields=...}: body {@link InstagramAccount}. */
    public static CompletableFuture<OperationResult> getProfile(OperationContext ctx) {
        String fields = ctx.fields(PROFILE_FIELDS);
        return ctx.accountId()
                .thenCompose(account -> ctx.fetch(GraphRequest.get(account).query("fields", fields),
                        InstagramAccount.class))
                .thenApply(OperationResult::of);
    }

    /** {@code GET /{IGSID}?fields=...} of the recipient, else the sender: body {@link InstagramUser}. */
    public static CompletableFuture<OperationResult> getUserProfile(OperationContext ctx) {
        String user = ctx.requireEitherHeader(InstagramConstants.RECIPIENT_ID, InstagramConstants.SENDER_ID,
                "user to look up");
        return ctx.fetch(GraphRequest.get(user).query("fields", ctx.fields(USER_PROFILE_FIELDS)), InstagramUser.class)
                .thenApply(OperationResult::of);
    }

    /** {@code POST /me/subscribed_apps?subscribed_fields=...}: body {@link SuccessResponse}. Idempotent. */
    public static CompletableFuture<OperationResult> subscribeWebhooks(OperationContext ctx) {
        String fields = ctx.config().getSubscribedFields();
        if (fields == null || fields.isBlank()) {
            throw new IllegalArgumentException("No webhook fields to subscribe to: set the subscribedFields option,"
                                               + " e.g. comments,messages");
        }
        GraphRequest request = GraphRequest.post("me", "subscribed_apps")
                .query("subscribed_fields", fields.replace(" ", "")).idempotent(true);
        return ctx.fetch(request, SuccessResponse.class).thenApply(OperationResult::of);
    }
}
