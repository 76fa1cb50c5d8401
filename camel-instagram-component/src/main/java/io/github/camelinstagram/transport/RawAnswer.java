package io.github.camelinstagram.transport;

import java.net.http.HttpHeaders;

/**
 * An HTTP answer as it came back, read within its time and size limits.
 *
 * @param status    the HTTP status
 * @param headers   the answer's headers
 * @param body      the bytes read: the whole body of a 2xx answer, at most an excerpt of an error answer
 * @param truncated whether the body was cut at the excerpt limit (error answers only)
 */
public record RawAnswer(int status, HttpHeaders headers, byte[] body, boolean truncated) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
