package io.github.camelinstagram.sandbox.state;

/**
 * The platform call budgets behind the usage headers: the app's calls in a rolling hour ({@code X-App-Usage}) and each
 * account's calls in a rolling 24 hours ({@code X-Business-Use-Case-Usage}). At 100% the sandbox answers code 4
 * (app) or 80002 (account) until calls leave the window.
 *
 * @param appCallsPerHour     calls of the app per rolling hour, all accounts together
 * @param accountCallsPerDay  calls per account per rolling 24 hours
 */
public record UsageBudget(int appCallsPerHour, int accountCallsPerDay) {

    /** 5,000 app calls an hour; 4,800 calls a day per account (the specification's {@code 4800 * impressions}). */
    public static final UsageBudget DEFAULT = new UsageBudget(5000, 4800);

    public UsageBudget {
        if (appCallsPerHour < 1 || accountCallsPerDay < 1) {
            throw new IllegalArgumentException("Usage budgets must be at least 1 call");
        }
    }
}
