package io.github.camelinstagram.benchmarks.producer;

import java.nio.charset.StandardCharsets;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers the two Graph API calls of the producer benchmark, without blocking:
 * <ul>
 * <li>{@code GET /v25.0/{account}?fields=...}: 200 and the profile JSON;</li>
 * <li>{@code POST /v25.0/{comment}/replies} with a form body {@code message=...}: 200 and {@code {"id":...}}.</li>
 * </ul>
 * Both carry an {@code X-App-Usage} header at 5%. A request without the expected Bearer token gets 401, a reply
 * without a message 400, anything else 404: the clients then count an error, so a benchmark never measures requests
 * that the real API would refuse.
 */
final class StubGraphApi implements Handler<HttpServerRequest> {

    private static final String EXPECTED_AUTHORIZATION = "Bearer " + GraphFixture.ACCESS_TOKEN;
    private static final String PROFILE_PATH = "/" + GraphFixture.API_VERSION + "/" + GraphFixture.ACCOUNT_ID;
    private static final String VERSION_PREFIX = "/" + GraphFixture.API_VERSION + "/";
    private static final byte[] INVALID_TOKEN = error("Invalid OAuth access token", 190);
    private static final byte[] NO_MESSAGE = error("(#100) The parameter message is required", 100);
    private static final byte[] UNKNOWN_PATH = error("Unsupported request", 100);
    private static final byte[] MESSAGE_SENT = "{\"recipient_id\":\"5614879045272581\",\"message_id\":\"mid.bench\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Override
    public void handle(HttpServerRequest request) {
        if (!EXPECTED_AUTHORIZATION.equals(request.getHeader("Authorization"))) {
            answer(request, 401, INVALID_TOKEN);
        } else if (request.method() == HttpMethod.GET && PROFILE_PATH.equals(request.path())
                   && request.getParam("fields") != null) {
            answer(request, 200, GraphFixture.PROFILE_JSON);
        } else if (request.method() == HttpMethod.POST && request.path().startsWith(VERSION_PREFIX)
                   && request.path().endsWith("/messages")) {
            request.body().onSuccess(body -> answer(request, 200, MESSAGE_SENT))
                    .onFailure(failure -> request.response().setStatusCode(500).end());
        } else if (request.method() == HttpMethod.POST && request.path().startsWith(VERSION_PREFIX)
                   && request.path().endsWith("/replies")) {
            request.body().onSuccess(form -> answerReply(request, form))
                    .onFailure(failure -> request.response().setStatusCode(500).end());
        } else {
            answer(request, 404, UNKNOWN_PATH);
        }
    }

    private static void answerReply(HttpServerRequest request, Buffer form) {
        if (form.toString().startsWith("message=") && form.length() > "message=".length()) {
            answer(request, 200, GraphFixture.REPLY_JSON);
        } else {
            answer(request, 400, NO_MESSAGE);
        }
    }

    private static void answer(HttpServerRequest request, int status, byte[] json) {
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader(GraphFixture.USAGE_HEADER, GraphFixture.USAGE)
                .end(Buffer.buffer(json));
    }

    private static byte[] error(String message, int code) {
        return ("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
