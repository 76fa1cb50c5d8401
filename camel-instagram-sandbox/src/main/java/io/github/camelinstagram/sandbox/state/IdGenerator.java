package io.github.camelinstagram.sandbox.state;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * Makes ids that look like Instagram's: numeric ids for media ({@code 179...}), containers ({@code 178...}) and
 * comments ({@code 180...}), base64 ids for conversations and messages, {@code IGAA} tokens, authorization codes and
 * shortcodes. Deterministic for a given seed, so a sandbox reset with the same seed hands out the same token. Used
 * only under the {@link Sandbox} lock.
 */
public final class IdGenerator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SHORTCODE_CHARS = ALPHANUMERIC + "_-";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final Random random;
    private long media = 17_900_000_000_000_000L;
    private long container = 17_880_000_000_000_000L;
    private long comment = 18_000_000_000_000_000L;
    private long follower = 7_000_000_000_000_200L;
    private long message;

    public IdGenerator(long seed) {
        this.random = new Random(seed);
    }

    public String media() {
        media += 1 + random.nextInt(9);
        return Long.toString(media);
    }

    public String container() {
        container += 1 + random.nextInt(9);
        return Long.toString(container);
    }

    public String comment() {
        comment += 1 + random.nextInt(9);
        return Long.toString(comment);
    }

    /** An IGSID for a follower created after the seed. */
    public String igsid() {
        return Long.toString(++follower);
    }

    /** A conversation id: base64 of {@code ig_thread:1:<account>:<igsid>}, like the real ones. */
    public String conversation(String accountId, String igsid) {
        return base64("ig_thread:1:" + accountId + ":" + igsid);
    }

    /** A message id ({@code mid}): base64 of {@code ig_message_item:1:<account>:<n>}. */
    public String message(String accountId) {
        return base64("ig_message_item:1:IGMessage:" + accountId + ":" + (++message) + ":" + random.nextInt(1000));
    }

    /** An Instagram User access token: {@code IGAA} and 150 more characters. */
    public String accessToken() {
        return "IGAA" + chars(ALPHANUMERIC, 150);
    }

    /** An authorization code, as long and opaque as Meta's. */
    public String authorizationCode() {
        return "AQ" + chars(SHORTCODE_CHARS, 96);
    }

    /** A media shortcode (the part of the permalink). */
    public String shortcode() {
        return "D" + chars(SHORTCODE_CHARS, 10);
    }

    private String chars(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String base64(String text) {
        return BASE64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
