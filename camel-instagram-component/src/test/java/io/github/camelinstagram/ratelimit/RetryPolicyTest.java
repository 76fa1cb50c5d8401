package io.github.camelinstagram.ratelimit;

import java.io.IOException;
import java.time.Duration;

import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.error.InstagramConnectionException;
import io.github.camelinstagram.error.InstagramInvalidTokenException;
import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.error.InstagramTransientException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, 1_000, 60_000);

    private static ApiError error(int code, boolean transientError) {
        return new ApiError(400, code, 0, "OAuthException", "failed", null, transientError, "GET /x");
    }

    @RepeatedTest(20)
    void backoffDoublesWithJitterOnTheUpperHalf() {
        InstagramThrottledException throttled = new InstagramThrottledException(error(4, false), Duration.ZERO);

        long first = policy.delayBeforeRetry(throttled, false, 0);
        long second = policy.delayBeforeRetry(throttled, false, 1);
        long third = policy.delayBeforeRetry(throttled, false, 2);

        assertTrue(first >= 500 && first <= 1_000, "first " + first);
        assertTrue(second >= 1_000 && second <= 2_000, "second " + second);
        assertTrue(third >= 2_000 && third <= 4_000, "third " + third);
        assertEquals(-1, policy.delayBeforeRetry(throttled, false, 3), "maxRetries reached");
    }

    @Test
    void regainTimeIsHonouredWhenWithinMaxWait() {
        InstagramThrottledException throttled = new InstagramThrottledException(error(80002, false),
                Duration.ofSeconds(30));

        assertEquals(30_000, policy.delayBeforeRetry(throttled, false, 0));
        assertEquals(-1, new RetryPolicy(3, 1_000, 10_000).delayBeforeRetry(throttled, false, 0));
    }

    @Test
    void transientFailuresAreRetriedOnlyWhenIdempotent() {
        InstagramTransientException transientError = new InstagramTransientException(error(2, true));

        assertTrue(policy.delayBeforeRetry(transientError, true, 0) > 0);
        assertEquals(-1, policy.delayBeforeRetry(transientError, false, 0));
    }

    @Test
    void otherFailuresAreNeverRetried() {
        assertEquals(-1, policy.delayBeforeRetry(new InstagramInvalidTokenException(error(190, false)), true, 0));
        assertEquals(-1, policy.delayBeforeRetry(new InstagramApiException(error(100, false)), true, 0));
        assertEquals(-1, policy.delayBeforeRetry(
                new InstagramConnectionException("GET /x got no answer", new IOException("reset")), true, 0));
    }
}
