package io.github.camelinstagram.sandbox.graph;

import java.time.Instant;

import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;

/**
 * Finds and checks the token of a Graph call. The token comes as {@code Authorization: Bearer <token>} (or
 * {@code OAuth <token>}), else as the {@code access_token} parameter. Missing: code 104; unknown or garbage: 190;
 * invalidated: 190 with its subcode; expired: 190/463.
 */
public final class Authenticator {

    private final Sandbox sandbox;

    public Authenticator(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * Where the token of a call is.
     *
     * @param value   the token
     * @param inQuery whether it came as a parameter rather than a header
     */
    public record Presented(String value, boolean inQuery) {
    }

    /** The token the call presents, or null when it presents none. */
    public static Presented presented(String authorizationHeader, String accessTokenParam) {
        if (authorizationHeader != null && !authorizationHeader.isBlank()) {
            String header = authorizationHeader.trim();
            int space = header.indexOf(' ');
            String scheme = space < 0 ? header : header.substring(0, space);
            if (space > 0 && ("Bearer".equalsIgnoreCase(scheme) || "OAuth".equalsIgnoreCase(scheme))) {
                return new Presented(header.substring(space + 1).trim(), false);
            }
            return new Presented(header, false);
        }
        if (accessTokenParam != null && !accessTokenParam.isBlank()) {
            return new Presented(accessTokenParam.trim(), true);
        }
        return null;
    }

    /**
     * The valid token, at {@code now}.
     *
     * @throws GraphException 104, or 190 with the subcode of the token's problem
     */
    public AccessToken authenticate(Presented presented, Instant now) {
        if (presented == null || presented.value().isEmpty()) {
            throw GraphErrors.missingToken();
        }
        AccessToken token = sandbox.token(presented.value()).orElseThrow(GraphErrors::invalidToken);
        if (token.invalidatedSubcode() != null) {
            throw GraphErrors.invalidatedToken(token.invalidatedSubcode(), sandbox.app().id());
        }
        if (token.isExpired(now)) {
            throw GraphErrors.expiredToken(token.expiresAt(), now);
        }
        return token;
    }

    /**
     * Checks the token holds every scope.
     *
     * @throws GraphException code 10 (messaging) or 200 naming the first missing scope
     */
    public static void require(AccessToken token, Scope... scopes) {
        for (Scope scope : scopes) {
            if (!token.scopes().contains(scope)) {
                throw GraphErrors.missingPermission(scope);
            }
        }
    }
}
