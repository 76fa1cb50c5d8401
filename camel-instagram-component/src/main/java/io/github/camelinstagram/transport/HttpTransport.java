package io.github.camelinstagram.transport;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * One HTTP exchange with the Instagram hosts: sends a request and reads its whole answer, bounded in time and size.
 * Blocking: callers run it on the component's HTTP threads. Implementations are thread-safe.
 */
public interface HttpTransport {

    /**
     * Sends the request and reads its answer.
     *
     * @param  timeout                the time allowed for the whole exchange, from sending to the last byte of the
     *                                answer
     * @throws AnswerTooLargeException when a 2xx answer has more bytes than the transport accepts (nothing more is read)
     * @throws IOException            when the exchange fails or does not end within the timeout
     *                                ({@link java.net.http.HttpTimeoutException})
     */
    RawAnswer send(HttpRequest request, Duration timeout) throws IOException, InterruptedException;

    /** Ends every exchange still running with an {@link IOException}: the component is stopping. */
    void abortAll();
}
