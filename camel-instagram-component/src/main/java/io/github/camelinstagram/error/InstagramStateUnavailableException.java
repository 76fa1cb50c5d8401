package io.github.camelinstagram.error;

import java.sql.SQLException;

import org.apache.camel.RuntimeCamelException;

/**
 * The state that several instances share (tokens, rate limits, webhook event ids, kept in the database named by the
 * {@code dataSource} option) could not be read or written: the call was not sent, or the webhook request was not
 * acknowledged. Nothing falls back to a per-instance copy, which would break the limits and the de-duplication; the
 * call may be retried once the database is back. The cause chain holds the database error.
 */
public class InstagramStateUnavailableException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    public InstagramStateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The exception for a failure of the shared state while doing {@code what}: the failure itself when it already is
     * one, else a new one naming what was done and the database error (SQL state and message) found in its causes.
     */
    public static InstagramStateUnavailableException of(String what, Throwable failure) {
        if (failure instanceof InstagramStateUnavailableException known) {
            return known;
        }
        SQLException sql = null;
        for (Throwable cause = failure; cause != null && sql == null; cause = cause.getCause()) {
            if (cause instanceof SQLException found) {
                sql = found;
            }
        }
        String detail = sql != null ? "SQL state " + sql.getSQLState() + ": " + sql.getMessage()
                : failure.getClass().getName() + ": " + failure.getMessage();
        return new InstagramStateUnavailableException("The shared state database is unavailable (" + what + "): "
                                                      + detail, failure);
    }
}
