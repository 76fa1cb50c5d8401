package io.github.camelinstagram.sandbox.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Time formats of the Graph API. */
public final class GraphTime {

    private static final DateTimeFormatter GRAPH = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SESSION = DateTimeFormatter
            .ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private GraphTime() {
    }

    /** {@code 2017-08-31T19:16:02+0000}. */
    public static String format(Instant instant) {
        return GRAPH.format(instant);
    }

    /** {@code Tuesday, 10-Mar-26 10:00:00 UTC}, as in "Session has expired on ...". */
    public static String session(Instant instant) {
        return SESSION.format(instant);
    }
}
