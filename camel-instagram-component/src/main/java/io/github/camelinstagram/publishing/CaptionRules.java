package io.github.camelinstagram.publishing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instagram's limits on a caption: at most 2,200 characters, 30 hashtags and 20 @-mentions. Checked before anything is
 * sent, since the API would otherwise refuse the container (36004/2207010, 100/2207040) after the media was downloaded.
 */
public final class CaptionRules {

    public static final int MAX_LENGTH = 2_200;
    public static final int MAX_HASHTAGS = 30;
    public static final int MAX_MENTIONS = 20;

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#])#[\\p{L}\\p{N}_]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@[A-Za-z0-9._]+");

    private CaptionRules() {
    }

    /**
     * @param where where the caption came from (header or body), for the message
     * @throws IllegalArgumentException saying which limit the caption passes, by how much
     */
    public static void check(String caption, String where) {
        int length = caption.codePointCount(0, caption.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("The caption (" + where + ") has " + length + " characters; Instagram"
                                               + " allows at most " + MAX_LENGTH + ": shorten it by "
                                               + (length - MAX_LENGTH));
        }
        int hashtags = count(HASHTAG, caption);
        if (hashtags > MAX_HASHTAGS) {
            throw new IllegalArgumentException("The caption (" + where + ") has " + hashtags + " hashtags; Instagram"
                                               + " allows at most " + MAX_HASHTAGS + ": remove "
                                               + (hashtags - MAX_HASHTAGS));
        }
        int mentions = count(MENTION, caption);
        if (mentions > MAX_MENTIONS) {
            throw new IllegalArgumentException("The caption (" + where + ") has " + mentions + " @-mentions; Instagram"
                                               + " allows at most " + MAX_MENTIONS + ": remove "
                                               + (mentions - MAX_MENTIONS));
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
