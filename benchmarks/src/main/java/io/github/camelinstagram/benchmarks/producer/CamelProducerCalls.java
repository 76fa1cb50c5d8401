package io.github.camelinstagram.benchmarks.producer;

import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.benchmarks.BenchmarkFailedException;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.InstagramAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The subject: the {@code instagram:} producer with its default options (rate limiting on, retries on) or with
 * {@code synchronous=true}, in a plain
 * {@link CamelContext}, called synchronously through a {@link ProducerTemplate} as an application would. The endpoints
 * are resolved once, so that the measurement covers the producer and not Camel's URI parsing. Each call checks the
 * typed body; a failed exchange throws.
 */
final class CamelProducerCalls implements AutoCloseable {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint getProfile;
    private final Endpoint reply;

    /**
     * @param synchronous the endpoint option {@code synchronous}: the HTTP exchange on the caller's thread instead of
     *                    the component's HTTP threads
     */
    CamelProducerCalls(String baseUrl, boolean synchronous) {
        try {
            context.start();
            template = context.createProducerTemplate();
            String options = "?accessToken=RAW(" + GraphFixture.ACCESS_TOKEN + ")&accountId=" + GraphFixture.ACCOUNT_ID
                             + "&apiVersion=" + GraphFixture.API_VERSION + "&baseUrl=" + baseUrl
                             + "&synchronous=" + synchronous;
            getProfile = context.getEndpoint("instagram:getProfile" + options);
            reply = context.getEndpoint("instagram:reply" + options);
        } catch (RuntimeException e) {
            context.stop();
            throw e;
        }
    }

    /** {@code instagram:getProfile}: the body must be the stub's {@link InstagramAccount}. */
    void getProfile() {
        Object body = template.requestBody(getProfile, (Object) null);
        if (!(body instanceof InstagramAccount account) || !GraphFixture.USERNAME.equals(account.getUsername())) {
            throw new BenchmarkFailedException("Subject getProfile answered " + body);
        }
    }

    /** {@code instagram:reply} with the comment id header and the text body: the body must be the new reply's id. */
    void reply() {
        Object body = template.requestBodyAndHeader(reply, GraphFixture.REPLY_TEXT, InstagramConstants.COMMENT_ID,
                GraphFixture.COMMENT_ID);
        if (!(body instanceof IdResponse created) || !GraphFixture.REPLY_ID.equals(created.getId())) {
            throw new BenchmarkFailedException("Subject reply answered " + body);
        }
    }

    @Override
    public void close() {
        context.stop();
    }
}
