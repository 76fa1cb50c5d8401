package io.github.camelinstagram.tokens;

import java.time.Clock;

/**
 * The component's token machinery, handed to operations: credentials of an exchange, the refresher, the Business Login
 * calls and the clock they all share.
 */
public record TokenServices(AccountTokens accounts, TokenRefresher refresher, InstagramLoginClient login,
        AccountIdResolver resolver, Clock clock) {
}
