package io.github.camelinstagram.sandbox.graph;

import java.time.Instant;

import io.github.camelinstagram.sandbox.support.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes graph.instagram.com answers: JSON with non-ASCII escaped, {@code x-fb-trace-id}, the usage headers
 * ({@code X-App-Usage} always, {@code X-Business-Use-Case-Usage} when the account is known), and for token errors a
 * {@code WWW-Authenticate} header.
 */
public final class GraphResponder {

    private final UsageMeter usage;

    public GraphResponder(UsageMeter usage) {
        this.usage = usage;
    }

    public void ok(HttpServerResponse response, Object body, String accountId, Instant now) {
        write(response, 200, body, accountId, now, -1, false, GraphException.newTraceId());
    }

    public void error(HttpServerResponse response, GraphException error, String accountId, Instant now) {
        String trace = GraphException.newTraceId();
        boolean throttled = GraphErrors.isThrottlingCode(error.code());
        if (error.isTokenError()) {
            response.putHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \""
                                                   + error.getMessage().replace("\"", "'") + "\"");
        }
        write(response, error.httpStatus(), error.body(trace), accountId, now,
                throttled ? error.regainMinutes() : -1, throttled && error.code() == 4, trace);
    }

    private void write(HttpServerResponse response, int status, Object body, String accountId, Instant now,
                       long regainMinutes, boolean appThrottled, String trace) {
        if (response.closed() || response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .putHeader("x-fb-trace-id", trace)
                .putHeader("X-App-Usage", usage.appUsage(now, appThrottled));
        if (accountId != null) {
            response.putHeader("X-Business-Use-Case-Usage", usage.businessUsage(accountId, now, regainMinutes));
        }
        response.end(Buffer.buffer(Json.metaBytes(body)));
    }
}
