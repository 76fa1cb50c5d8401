package io.github.camelinstagram.error;

import java.time.Duration;

import io.github.camelinstagram.InstagramApiException;

/**
 * The API refused the call because a rate limit was reached (code 4 app, 17 user, 32 page, 613 custom, 80002 too
 * many calls to this Instagram account), or the component did not send it because the API had announced that the
 * account regains access only later. A throttled call had no effect, so it is always safe to retry after
 * {@link #getRetryAfter()}.
 */
public class InstagramThrottledException extends InstagramApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public InstagramThrottledException(ApiError error, Duration retryAfter) {
        super(error);
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    /**
     * How long the API said the account needs to regain access ({@code estimated_time_to_regain_access}), or zero when
     * it did not say.
     */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
