package io.github.camelinstagram.error;

import org.apache.camel.RuntimeCamelException;

/**
 * The call did not get an answer: the connection was refused or reset, or the request timed out. The cause chain holds
 * the I/O error. Whether the call had an effect is unknown, so it is not retried automatically.
 */
public class InstagramConnectionException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    public InstagramConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
