package io.github.camelinstagram.console;

import java.util.Optional;

import io.github.camelinstagram.ratelimit.RateLimitState;
import io.github.camelinstagram.tokens.TokenRefresher;
import io.github.camelinstagram.tokens.TokenStore;

/** A component the {@link InstagramDevConsole} shows: the instagram component implements it. */
public interface ConsoleSource {

    /** What the component holds now; empty when it has not started. */
    Optional<View> consoleView();

    /**
     * @param name      the component's name in the context
     * @param shared    whether the state is kept in a shared database (dataSource)
     * @param tokens    the token store
     * @param usage     the usage-header state
     * @param refresher the refresher, for its failures
     * @param calls     the calls' outcomes and recent failures
     */
    record View(String name, boolean shared, TokenStore tokens, RateLimitState usage, TokenRefresher refresher,
            CallLog calls) {
    }
}
