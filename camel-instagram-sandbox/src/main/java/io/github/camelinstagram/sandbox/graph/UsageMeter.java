package io.github.camelinstagram.sandbox.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.sandbox.state.SlidingWindow;
import io.github.camelinstagram.sandbox.state.UsageBudget;
import io.github.camelinstagram.sandbox.support.Json;
import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * The platform rate limits and their headers. Every authenticated Graph call counts against the app's hourly budget
 * ({@code X-App-Usage}) and its account's daily budget ({@code X-Business-Use-Case-Usage}); at 100% the call is
 * refused with code 4 (app) or 80002 (account) and {@code estimated_time_to_regain_access} says in how many minutes
 * calls leave the window. The time figures ({@code total_time}, {@code total_cputime}) follow the call count: every
 * call costs the same share of the time budget. Thread-safe.
 */
public final class UsageMeter {

    private static final String APP = "app";

    private volatile UsageBudget budget;
    private final SlidingWindow appCalls = new SlidingWindow(Duration.ofHours(1));
    private final SlidingWindow accountCalls = new SlidingWindow(Duration.ofDays(1));

    public UsageMeter(UsageBudget budget) {
        this.budget = budget;
    }

    public void setBudget(UsageBudget budget) {
        this.budget = budget;
    }

    public UsageBudget budget() {
        return budget;
    }

    /**
     * Counts a call of the account, or refuses it when a budget is spent.
     *
     * @param accountId the account, or null for calls made before any account is known (token endpoints)
     * @throws GraphException code 4 or 80002
     */
    public void count(String accountId, Instant now) {
        UsageBudget current = budget;
        if (appCalls.count(APP, now) >= current.appCallsPerHour()) {
            throw GraphErrors.throttled(4, minutes(appCalls.timeUntilBelow(APP, current.appCallsPerHour(), now)));
        }
        if (accountId != null && accountCalls.count(accountId, now) >= current.accountCallsPerDay()) {
            throw GraphErrors.throttled(80002, regainMinutes(accountId, now));
        }
        appCalls.record(APP, now);
        if (accountId != null) {
            accountCalls.record(accountId, now);
        }
    }

    /** {@code X-App-Usage}: percentages of the hourly budget. */
    public String appUsage(Instant now, boolean throttled) {
        int percent = throttled ? 100 : percent(appCalls.count(APP, now), budget.appCallsPerHour());
        return Json.string(Ordered.map("call_count", percent, "total_cputime", percent, "total_time", percent));
    }

    /**
     * {@code X-Business-Use-Case-Usage} of the account.
     *
     * @param regainMinutes minutes to announce; negative to compute them from the budget
     */
    public String businessUsage(String accountId, Instant now, long regainMinutes) {
        int percent = percent(accountCalls.count(accountId, now), budget.accountCallsPerDay());
        long regain = regainMinutes >= 0 ? regainMinutes : regainMinutes(accountId, now);
        if (regain > 0) {
            percent = Math.max(percent, 100);
        }
        Map<String, Object> usage = Ordered.map("type", "instagram", "call_count", percent, "total_cputime", percent,
                "total_time", percent, "estimated_time_to_regain_access", regain);
        return Json.string(Map.of(accountId, List.of(usage)));
    }

    public void reset() {
        appCalls.clear();
        accountCalls.clear();
    }

    private long regainMinutes(String accountId, Instant now) {
        return minutes(accountCalls.timeUntilBelow(accountId, budget.accountCallsPerDay(), now));
    }

    private static long minutes(Duration wait) {
        long seconds = wait.toSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }

    private static int percent(int count, int budget) {
        return (int) Math.min(100, count * 100L / budget);
    }
}
