package io.github.camelinstagram.error;

import java.util.Map;

/**
 * What the publishing subcodes (2207xxx) mean and what to do about them, as Meta documents them: the text that
 * {@link InstagramPublishingException} and its subclasses add to their message, the error code the API pairs with each
 * subcode, and which failures may succeed when the same call is made again.
 */
public final class PublishingSubcodes {

    /** The account has used up its publishing quota (code 9). */
    public static final int DAILY_LIMIT_REACHED = 2207042;
    /** The container is not finished yet (code 9007). */
    public static final int MEDIA_NOT_READY = 2207027;

    private record Entry(int code, String explanation, boolean retryable) {
    }

    private static final Map<Integer, Entry> ENTRIES = Map.ofEntries(
            Map.entry(2207001, new Entry(-1, "Instagram had a server error while creating the media; the same call may"
                                              + " succeed later", true)),
            Map.entry(2207003, new Entry(-2, "downloading the media from its URL took too long; serve it from a faster"
                                              + " host or make it smaller", true)),
            Map.entry(2207004, new Entry(36000, "the image is larger than 8 MiB; make it smaller", false)),
            Map.entry(2207005, new Entry(36001, "the image format is not supported; publish a JPEG", false)),
            Map.entry(2207006, new Entry(24, "the media was not found; check the container id", false)),
            Map.entry(2207008, new Entry(24, "the container is missing or has expired; try again once or twice over"
                                              + " 30 seconds to 2 minutes, then create a new container", false)),
            Map.entry(2207009, new Entry(36003, "the image's aspect ratio is not supported; use 4:5 to 1.91:1", false)),
            Map.entry(2207010, new Entry(36004, "the caption is too long; at most 2,200 characters", false)),
            Map.entry(2207020, new Entry(-2, "the media has expired; create a new container and upload again", false)),
            Map.entry(2207023, new Entry(100, "the media type is unknown; use IMAGE, REELS, STORIES or CAROUSEL (VIDEO"
                                               + " for the video items of a carousel)", false)),
            Map.entry(2207026, new Entry(352, "the video format is not supported; check the video against"
                                               + " Instagram's video specifications (MP4 or MOV)", false)),
            Map.entry(MEDIA_NOT_READY, new Entry(9007, "the media has not finished processing; wait until its"
                                                       + " status_code is FINISHED and publish again", true)),
            Map.entry(2207028, new Entry(100, "a carousel needs 2 to 10 items", false)),
            Map.entry(2207032, new Entry(-1, "Instagram could not create the media; the same call may succeed later",
                    true)),
            Map.entry(2207040, new Entry(100, "the caption has more than 20 @-mentions", false)),
            Map.entry(DAILY_LIMIT_REACHED, new Entry(9, "the account has reached its publishing limit for the last"
                                                        + " 24 hours (see getPublishingLimit); publish again once a"
                                                        + " slot frees up", false)),
            Map.entry(2207050, new Entry(25, "the account is restricted; its owner must resolve this in the Instagram"
                                              + " app", false)),
            Map.entry(2207051, new Entry(4, "Instagram blocked the action as possible spam; publish less often",
                    false)),
            Map.entry(2207052, new Entry(9004, "the media could not be fetched from its URL; it must be a public URL"
                                                + " that answers with the file itself", false)),
            Map.entry(2207053, new Entry(-1, "an unknown error happened while uploading the media; upload again",
                    true)),
            Map.entry(2207057, new Entry(1, "the thumb offset is not within the video; give a position in"
                                             + " milliseconds between 0 and the video's length", false)));

    private PublishingSubcodes() {
    }

    /**
     * What the subcode means and what to do, as a sentence to append to an exception message; null when the subcode is
     * 0 or not one of the documented publishing subcodes.
     */
    public static String explain(int subcode) {
        Entry entry = ENTRIES.get(subcode);
        return entry == null ? null : "Subcode " + subcode + ": " + entry.explanation() + ".";
    }

    /** The error code the API sends with this subcode, or 0 when the subcode is not documented. */
    public static int codeOf(int subcode) {
        Entry entry = ENTRIES.get(subcode);
        return entry == null ? 0 : entry.code();
    }

    /**
     * Whether the same call may succeed when made again: server-side failures while creating or uploading the media,
     * and media not ready yet.
     */
    public static boolean isRetryable(int subcode) {
        Entry entry = ENTRIES.get(subcode);
        return entry != null && entry.retryable();
    }
}
