package io.github.camelinstagram.sandbox.console;

/** A refused control API request: answered {@code {"error":"<message>"}} with the HTTP status. */
public final class ControlException extends RuntimeException {

    private final int status;

    public ControlException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ControlException badRequest(String message) {
        return new ControlException(400, message);
    }

    static ControlException notFound(String message) {
        return new ControlException(404, message);
    }

    static ControlException conflict(String message) {
        return new ControlException(409, message);
    }
}
