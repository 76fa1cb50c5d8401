package io.github.camelinstagram.benchmarks;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises the failure caused by a race in the JDK {@code HttpClient}'s HTTP/1.1 connection pool
 * (<a href="https://bugs.openjdk.org/browse/JDK-8338569">JDK-8338569</a>, fixed in JDK 24): when a pooled connection is
 * reused at once, the pool's idle-connection watcher may receive the answer of the new request, take it for unexpected
 * data, and close the connection. The request then fails with {@code IOException: HTTP/1.1 header parser received no
 * bytes}, caused by {@code IOException: connection closed locally} thrown from
 * {@code jdk.internal.net.http.ConnectionPool$CleanupTrigger}.
 * <p>
 * Against a local stub that answers in microseconds it happens about once in tens of thousands of calls, to the
 * reference and the subject alike (both use the JDK client). Benchmarks count these failures apart and tolerate a few;
 * every other failure fails the run.
 */
public final class JdkConnectionPoolRace {

    private static final String CLEANUP_TRIGGER = "jdk.internal.net.http.ConnectionPool$CleanupTrigger";

    private JdkConnectionPoolRace() {
    }

    /** Whether the failure, or one of its causes, is an I/O error raised by the pool's idle-connection watcher. */
    public static boolean isCauseOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null;
             cause = cause.getCause()) {
            if (cause instanceof IOException && raisedByCleanupTrigger(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean raisedByCleanupTrigger(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (CLEANUP_TRIGGER.equals(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }
}
