package io.github.camelinstagram.webhook.http;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.github.camelinstagram.webhook.signature.RefusalLog;
import io.github.camelinstagram.webhook.signature.SignatureVerifier;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * Reads the body of a delivery on the Vert.x event loop, chunk by chunk as the network brings it, without holding a
 * worker thread: within {@code maxBodySize} (413 as soon as the declared length or the bytes received pass it) and
 * within {@code readTimeout} for the whole body (408), checking the signature over the chunks as they arrive. A request
 * without a well-formed {@code X-Hub-Signature-256} is refused before anything of its body is read. The chunks are
 * kept as they came, so an unsigned body in flight holds about its own size; they are joined only once the signature
 * matched.
 */
final class VertxBodyReader {

    /** What became of the read. */
    interface Outcome {

        /** The whole body arrived, and its signature matched (or is not checked). */
        void read(byte[] body);

        /**
         * The request is refused.
         *
         * @param bodyRead whether the body was read to its end (if not, the connection is closed after the answer)
         */
        void refused(HttpAnswer answer, boolean bodyRead);
    }

    private final long maxBytes;
    private final long timeoutMillis;
    private final SignatureVerifier verifier;
    private final RefusalLog refusals;

    /**
     * @param verifier null when signatures are not checked (skipSignatureVerification)
     */
    VertxBodyReader(long maxBytes, long timeoutMillis, SignatureVerifier verifier, RefusalLog refusals) {
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
        this.verifier = verifier;
        this.refusals = refusals;
    }

    void read(Vertx vertx, HttpServerRequest request, Outcome outcome) {
        long declared = BoundedBody.declaredLength(request.getHeader("Content-Length"));
        if (declared > maxBytes) {
            outcome.refused(HttpAnswer.payloadTooLarge(), false);
            return;
        }
        SignatureVerifier.Check check = null;
        if (verifier != null) {
            String header = request.getHeader(SignatureVerifier.HEADER);
            check = verifier.start(header);
            if (check == null) {
                refusals.refused(remote(request), header == null ? "missing" : "malformed");
                outcome.refused(HttpAnswer.forbiddenAndClose("Invalid signature"), false);
                return;
            }
        }
        new Read(vertx, request, check, outcome).start();
    }

    private static String remote(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** The read of one body. Runs on the request's event loop only. */
    private final class Read {
        private final Vertx vertx;
        private final HttpServerRequest request;
        private final SignatureVerifier.Check check;
        private final Outcome outcome;
        private final List<byte[]> chunks = new ArrayList<>();
        private long size;
        private long timer = -1;
        private boolean done;

        Read(Vertx vertx, HttpServerRequest request, SignatureVerifier.Check check, Outcome outcome) {
            this.vertx = vertx;
            this.request = request;
            this.check = check;
            this.outcome = outcome;
        }

        void start() {
            try {
                request.handler(this::chunk);
                request.endHandler(ended -> end());
                request.exceptionHandler(failure -> fail());
            } catch (IllegalStateException alreadyRead) {
                done = true;
                outcome.refused(HttpAnswer.badRequest("The request body could not be read"), true);
                return;
            }
            timer = vertx.setTimer(Math.max(1, timeoutMillis), id -> timedOut());
            if (request.version() != HttpVersion.HTTP_1_0 && "100-continue".equalsIgnoreCase(
                    request.getHeader("Expect"))) {
                request.response().writeContinue();
            }
            request.resume();
        }

        private void chunk(Buffer buffer) {
            if (done) {
                return;
            }
            int length = buffer.length();
            if (size + length > maxBytes) {
                stop();
                outcome.refused(HttpAnswer.payloadTooLarge(), false);
                return;
            }
            byte[] bytes = buffer.getBytes();
            if (check != null) {
                check.update(ByteBuffer.wrap(bytes));
            }
            chunks.add(bytes);
            size += length;
        }

        private void end() {
            if (done) {
                return;
            }
            done = true;
            vertx.cancelTimer(timer);
            if (check != null && !check.matches()) {
                chunks.clear();
                refusals.refused(remote(request), "wrong");
                outcome.refused(HttpAnswer.forbidden("Invalid signature"), true);
                return;
            }
            byte[] body = new byte[(int) size];
            int offset = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, body, offset, chunk.length);
                offset += chunk.length;
            }
            chunks.clear();
            outcome.read(body);
        }

        private void timedOut() {
            if (done) {
                return;
            }
            stop();
            outcome.refused(HttpAnswer.requestTimeout(), false);
        }

        private void fail() {
            if (!done) {
                stop();
                request.connection().close();
            }
        }

        private void stop() {
            done = true;
            vertx.cancelTimer(timer);
            chunks.clear();
            request.pause();
        }
    }
}
