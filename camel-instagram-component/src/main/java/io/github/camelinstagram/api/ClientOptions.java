package io.github.camelinstagram.api;

import java.time.Duration;
import java.util.List;

import io.github.camelinstagram.metrics.InstagramMetrics;

/**
 * The options of one endpoint that its {@link GraphClient} works with.
 *
 * @param baseUrl           the Graph host
 * @param apiVersion        the version put in front of versioned paths; blank for none
 * @param requestTimeout    time allowed for a whole request, from sending to the last byte of the answer
 * @param maxWaitMillis     the longest a call may be held back for rate limits and retries
 * @param failFast          fail at once instead of waiting for a rate-limit turn
 * @param synchronous       run the HTTP exchange on the caller's thread when nothing has to wait
 * @param configuredSecrets secrets of the options (app secret, configured token), masked in every message
 */
public record ClientOptions(String baseUrl, String apiVersion, Duration requestTimeout, long maxWaitMillis,
        boolean failFast, boolean synchronous, List<String> configuredSecrets, InstagramMetrics metrics,
        String operation) {

    /** The wait budget of a call with these options, before any answer deadline. */
    long maxWait() {
        return failFast ? 0 : maxWaitMillis;
    }
}
