package io.github.camelinstagram.sandbox.state;

/**
 * Fills an empty sandbox with accounts, tokens, followers, media, comments and conversations, at start and at every
 * reset. Runs under the sandbox lock; it must designate the primary account and token with
 * {@link Sandbox#setPrimary(String, String)} when it creates any.
 */
@FunctionalInterface
public interface Seed {

    /** Leaves the sandbox empty. */
    Seed EMPTY = sandbox -> {
    };

    void populate(Sandbox sandbox);
}
