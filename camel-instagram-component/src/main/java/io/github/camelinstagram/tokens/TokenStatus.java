package io.github.camelinstagram.tokens;

/**
 * What is known of a stored token's validity.
 */
public enum TokenStatus {
    /** Usable as far as the component knows. */
    ACTIVE,
    /** The API answered 190/463: the token expired. The account must log in again. */
    EXPIRED,
    /** The API answered 190 with another subcode, or 102: the token was invalidated. The account must log in again. */
    INVALID
}
