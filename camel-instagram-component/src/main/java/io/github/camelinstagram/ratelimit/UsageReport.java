package io.github.camelinstagram.ratelimit;

import java.time.Duration;

/**
 * What the usage headers of one answer said: the highest usage percentage of any limit, and how long the account needs
 * to regain access when it is blocked.
 *
 * @param percent    highest percentage reported, or -1 when the answer had no usage header
 * @param regainAfter {@code estimated_time_to_regain_access}, zero when not blocked or not reported
 */
public record UsageReport(int percent, Duration regainAfter) {

    public static final UsageReport NONE = new UsageReport(-1, Duration.ZERO);

    public boolean reported() {
        return percent >= 0;
    }
}
