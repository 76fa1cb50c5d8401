package io.github.camelinstagram.publishing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JavaType;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.error.InstagramPublishingLimitException;
import io.github.camelinstagram.model.DataList;
import io.github.camelinstagram.model.PublishingLimit;
import io.github.camelinstagram.operations.OperationContext;

/**
 * The account's publishing quota: {@code GET /{account}/content_publishing_limit?fields=quota_usage,config}, read as is
 * ({@code getPublishingLimit}) or checked before a publish creates anything ({@code checkPublishingLimit}).
 */
public final class PublishingQuota {

    /** The fields of the read. */
    public static final String FIELDS = "quota_usage,config";

    private final OperationContext ctx;

    public PublishingQuota(OperationContext ctx) {
        this.ctx = ctx;
    }

    /** The first item of the answer's {@code data}; an empty {@link PublishingLimit} when there is none. */
    public CompletableFuture<PublishingLimit> read(String account, String fields) {
        JavaType type = ctx.mapper().getTypeFactory().constructParametricType(DataList.class, PublishingLimit.class);
        return ctx.<DataList<PublishingLimit>>fetch(GraphRequest.get(account, "content_publishing_limit")
                .query("fields", fields), type).thenApply(list -> {
                    List<PublishingLimit> data = list.getData();
                    return data == null || data.isEmpty() ? new PublishingLimit() : data.get(0);
                });
    }

    /**
     * Completes when the account may publish; fails with {@link InstagramPublishingLimitException} when its quota is
     * used up. An answer without figures lets the publish go on: the API itself refuses a publish over the limit.
     */
    public CompletableFuture<Void> check(String account) {
        return read(account, FIELDS).thenApply(limit -> {
            if (limit.isReached()) {
                throw new InstagramPublishingLimitException(account, limit.getQuotaUsage(), limit.getQuotaTotal());
            }
            return null;
        });
    }
}
