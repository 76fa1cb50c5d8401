package io.github.camelinstagram.tokens;

/**
 * The token and account one exchange acts with. {@link #toString()} never shows the token.
 *
 * @param accountId the professional account (IG_ID)
 * @param token     the access token
 * @param fromStore whether the token came from the token store (and so may be marked expired or invalid there)
 */
public record Credentials(String accountId, String token, boolean fromStore) {

    @Override
    public String toString() {
        return "Credentials{accountId=" + accountId + ", fromStore=" + fromStore + ", token=***}";
    }
}
