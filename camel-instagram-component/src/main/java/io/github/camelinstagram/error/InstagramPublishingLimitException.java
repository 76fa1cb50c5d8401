package io.github.camelinstagram.error;

/**
 * The account has used up its publishing quota for the last 24 hours: either the API refused to publish (code 9,
 * subcode 2207042), or {@code checkPublishingLimit} found the quota used up before anything was created. In the second
 * case the exception carries the same code and subcode as the API's refusal, so one handler serves both, and
 * {@link #getQuotaUsage()} and {@link #getQuotaTotal()} give the figures. Nothing was published.
 */
public class InstagramPublishingLimitException extends InstagramPublishingException {

    private static final long serialVersionUID = 1L;

    private final int quotaUsage;
    private final int quotaTotal;

    /** The API's own refusal. */
    public InstagramPublishingLimitException(ApiError error) {
        super(error);
        this.quotaUsage = -1;
        this.quotaTotal = -1;
    }

    /** The quota found used up by {@code content_publishing_limit}, for the given account. */
    public InstagramPublishingLimitException(String account, int quotaUsage, int quotaTotal) {
        super(new ApiError(0, PublishingSubcodes.codeOf(PublishingSubcodes.DAILY_LIMIT_REACHED),
                PublishingSubcodes.DAILY_LIMIT_REACHED, "PublishingLimit",
                "account " + account + " has published " + quotaUsage + " of its " + quotaTotal + " posts;"
                                                                             + " nothing was created or published",
                null, false, "content_publishing_limit check before publish (checkPublishingLimit)"));
        this.quotaUsage = quotaUsage;
        this.quotaTotal = quotaTotal;
    }

    /** Posts published in the current window, or -1 when the API's refusal did not say. */
    public int getQuotaUsage() {
        return quotaUsage;
    }

    /** Posts allowed per window, or -1 when the API's refusal did not say. */
    public int getQuotaTotal() {
        return quotaTotal;
    }
}
