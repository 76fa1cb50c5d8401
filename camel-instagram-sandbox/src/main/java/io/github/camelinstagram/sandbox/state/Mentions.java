package io.github.camelinstagram.sandbox.state;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds @-mentions and #hashtags in captions and comments. */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9._]+)");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");

    private Mentions() {
    }

    /** Whether the text @-mentions the username (case-insensitive, as Instagram usernames are). */
    public static boolean mentions(String text, String username) {
        if (text == null || username == null) {
            return false;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (trimDots(m.group(1)).toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** How many @-mentions the text holds. */
    public static int countMentions(String text) {
        return count(MENTION, text);
    }

    /** How many #hashtags the text holds. */
    public static int countHashtags(String text) {
        return count(HASHTAG, text);
    }

    private static int count(Pattern pattern, String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String trimDots(String username) {
        return username.endsWith(".") ? username.substring(0, username.length() - 1) : username;
    }
}
