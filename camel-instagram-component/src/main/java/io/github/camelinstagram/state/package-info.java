/**
 * State that several instances share through one database, behind the interfaces the rest of the component already
 * uses ({@link io.github.camelinstagram.tokens.TokenStore}, {@link io.github.camelinstagram.ratelimit.RateLimitState},
 * {@link io.github.camelinstagram.ratelimit.MessagingRateLimiter}). The implementation lives in the artifact
 * {@code camel-instagram-jdbc}, found at start when the component's {@code dataSource} is set.
 */
package io.github.camelinstagram.state;
