package io.github.camelinstagram.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer body within a size limit, and can be aborted from another thread (the whole-exchange timeout, a
 * stopping component) while the body is still arriving. A 2xx body over {@code maxBytes} fails with
 * {@link AnswerTooLargeException}; an error body is kept up to {@code excerptBytes} and the rest is not read, since
 * only its beginning (the JSON error, or the start of a proxy's page) is ever used. Either way, no more than the limit
 * is held in memory, and a body left unread closes its connection.
 */
final class BoundedBodyHandler implements HttpResponse.BodyHandler<BoundedBodyHandler.Body> {

    private final long maxBytes;
    private final int excerptBytes;
    private volatile Reader reader;
    private volatile IOException aborted;

    BoundedBodyHandler(long maxBytes, int excerptBytes) {
        this.maxBytes = maxBytes;
        this.excerptBytes = excerptBytes;
    }

    @Override
    public HttpResponse.BodySubscriber<Body> apply(HttpResponse.ResponseInfo info) {
        boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
        Reader fresh = new Reader(success ? maxBytes : excerptBytes, success);
        reader = fresh;
        IOException reason = aborted;
        if (reason != null) {
            fresh.abort(reason);
        }
        return fresh;
    }

    /** Ends the exchange with the given failure, whether the body started to arrive or not. */
    void abort(IOException reason) {
        aborted = reason;
        Reader current = reader;
        if (current != null) {
            current.abort(reason);
        }
    }

    /** The bytes read, and whether an error body was cut at its excerpt. */
    record Body(byte[] bytes, boolean truncated) {
    }

    private static final class Reader implements HttpResponse.BodySubscriber<Body> {
        private final long limit;
        private final boolean failWhenOver;
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final List<ByteBuffer> parts = new ArrayList<>();
        private volatile Flow.Subscription subscription;
        private long size;

        Reader(long limit, boolean failWhenOver) {
            this.limit = limit;
            this.failWhenOver = failWhenOver;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            synchronized (parts) {
                for (ByteBuffer item : items) {
                    long room = limit - size;
                    if (item.remaining() > room) {
                        if (failWhenOver) {
                            stop(new AnswerTooLargeException(limit));
                            return;
                        }
                        ByteBuffer head = item.duplicate();
                        head.limit(head.position() + (int) room);
                        parts.add(head);
                        size += room;
                        cancel();
                        result.complete(new Body(join(), true));
                        return;
                    }
                    parts.add(item);
                    size += item.remaining();
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            synchronized (parts) {
                result.complete(new Body(join(), false));
            }
        }

        void abort(IOException reason) {
            stop(reason);
        }

        private void stop(IOException reason) {
            cancel();
            result.completeExceptionally(reason);
        }

        private void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        private byte[] join() {
            byte[] bytes = new byte[(int) size];
            int offset = 0;
            for (ByteBuffer part : parts) {
                int length = part.remaining();
                part.get(bytes, offset, length);
                offset += length;
            }
            parts.clear();
            return bytes;
        }
    }

    static IOException timedOut(long millis) {
        return new java.net.http.HttpTimeoutException("no whole answer within " + millis + " ms (requestTimeout)");
    }
}
