package io.github.camelinstagram.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.InstagramApiException;
import io.github.camelinstagram.InstagramApiException.ApiError;
import io.github.camelinstagram.InstagramConfiguration;
import io.github.camelinstagram.InstagramConstants;
import io.github.camelinstagram.api.GraphClient;
import io.github.camelinstagram.api.GraphRequest;
import io.github.camelinstagram.api.GraphResponse;
import io.github.camelinstagram.error.InstagramUnconfirmedException;
import io.github.camelinstagram.model.GraphPage;
import io.github.camelinstagram.support.AnswerDeadline;
import io.github.camelinstagram.tokens.Credentials;
import io.github.camelinstagram.tokens.TokenServices;
import org.apache.camel.Exchange;

/**
 * Everything an operation needs for one exchange: its inputs (headers, body, options), the token and account it acts
 * with, and the calls to the Graph API, whose answers it parses into model types. Input checks throw
 * {@link IllegalArgumentException} naming what is missing.
 */
public final class OperationContext {

    private final Exchange exchange;
    private final InstagramConfiguration config;
    private final GraphClient client;
    private final TokenServices tokens;
    private final ObjectMapper mapper;
    private final AtomicInteger highestUsage = new AtomicInteger(-1);
    private CompletableFuture<Credentials> credentials;

    public OperationContext(Exchange exchange, InstagramConfiguration config, GraphClient client,
                            TokenServices tokens, ObjectMapper mapper) {
        this.exchange = exchange;
        this.config = config;
        this.client = client;
        this.tokens = tokens;
        this.mapper = mapper;
    }

    public Exchange exchange() {
        return exchange;
    }

    public GraphClient client() {
        return client;
    }

    public TokenServices tokens() {
        return tokens;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public InstagramConfiguration config() {
        return config;
    }

    /** A header as a trimmed String; null when absent or blank. */
    public String header(String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A header that must be present: {@code what} says what it holds, for the error message. */
    public String requireHeader(String name, String what) {
        String value = header(name);
        if (value == null) {
            throw new IllegalArgumentException("No " + what + ": set the header " + name);
        }
        return value;
    }

    /** The first of two headers that is present, e.g. the recipient, else the sender. */
    public String requireEitherHeader(String first, String second, String what) {
        String value = header(first);
        if (value == null) {
            value = header(second);
        }
        if (value == null) {
            throw new IllegalArgumentException("No " + what + ": set the header " + first + " (or " + second + ")");
        }
        return value;
    }

    /**
     * The message body as text, which must not be blank: {@code what} says what it is for. Only a text body counts (a
     * String, bytes, a stream): any other object, such as a webhook event still in the body, is refused rather than
     * posted as its JSON.
     */
    public String requireTextBody(String what) {
        String text = textBody();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No " + what + ": the message body must hold the text to send");
        }
        return text;
    }

    /**
     * The message body as text when it is one (String, CharSequence, byte[] as UTF-8, InputStream, Reader), null when
     * there is none.
     *
     * @throws IllegalArgumentException when the body is another object
     */
    public String textBody() {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof CharSequence || body instanceof InputStream || body instanceof Reader) {
            return exchange.getMessage().getBody(String.class);
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("The message body must be the text to send, but it is a "
                                           + body.getClass().getName() + ": set the text as the body first");
    }

    /** The {@code fields} option when set, else the operation's default list. */
    public String fields(String defaults) {
        String fields = config.getFields();
        return fields == null || fields.isBlank() ? defaults : fields.replace(" ", "");
    }

    /**
     * The token and account of this exchange (see {@link io.github.camelinstagram.tokens.AccountTokens}), found once.
     *
     * @throws IllegalArgumentException when there is no token to use, before anything is sent
     */
    public CompletableFuture<Credentials> credentials() {
        if (credentials == null) {
            credentials = tokens.accounts().credentials(client, config.getBaseUrl(), config.getAccessToken(),
                    config.getAccountId(), header(InstagramConstants.ACCESS_TOKEN), header(InstagramConstants.ACCOUNT_ID));
        }
        return credentials;
    }

    /** The account acted as: the header, else the option, else resolved from the token. */
    public CompletableFuture<String> accountId() {
        return credentials().thenApply(Credentials::accountId);
    }

    /** Sends the request with this exchange's token, for its account. */
    public CompletableFuture<GraphResponse> call(GraphRequest request) {
        return credentials().thenCompose(credentials -> client.call(request, credentials.token(),
                credentials.accountId(), AnswerDeadline.of(exchange)).whenComplete((response, failure) -> {
                    if (failure != null) {
                        tokens.accounts().reportFailure(credentials, unwrap(failure));
                    }
                })).thenApply(this::recordUsage);
    }

    /** Notes the usage an answer reported, for {@code CamelInstagramRateLimitUsage}. */
    private GraphResponse recordUsage(GraphResponse response) {
        highestUsage.accumulateAndGet(response.usage().percent(), Math::max);
        return response;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    /** Sends the request and parses the answer as the given type. */
    public <T> CompletableFuture<T> fetch(GraphRequest request, Class<T> type) {
        return fetch(request, mapper.constructType(type));
    }

    /** Sends the request and parses the answer as the given (generic) type. */
    public <T> CompletableFuture<T> fetch(GraphRequest request, JavaType type) {
        return call(request).thenApply(response -> read(response, type, request));
    }

    /**
     * Sends a request that creates something and parses its answer, which must name what was created: a 2xx answer
     * without it (such as {@code {}}) fails with {@link InstagramUnconfirmedException}, since the call may or may not
     * have been carried out.
     *
     * @param id   reads the id of what was created from the answer
     * @param what names that id, for the message (e.g. "message_id")
     */
    public <T> CompletableFuture<T> fetchCreated(GraphRequest request, Class<T> type, Function<T, String> id,
                                                 String what) {
        return call(request).thenApply(response -> {
            T answer = read(response, mapper.constructType(type), request);
            String created = answer == null ? null : id.apply(answer);
            if (created == null || created.isBlank()) {
                throw InstagramUnconfirmedException.withoutId(response.status(), what, request.toString());
            }
            return answer;
        });
    }

    /**
     * A future completed once the given time has passed, without holding any thread while it waits (the component's
     * scheduler runs the wait); what follows runs on the component's HTTP threads.
     */
    public CompletableFuture<Void> delay(long millis) {
        return client.delay(millis);
    }

    /**
     * Sends a list request with the page size and the cursor of {@code CamelInstagramCursor}; the result's body is the
     * list of items, and its next cursor is set only when the answer has a next page.
     */
    public <T> CompletableFuture<OperationResult> fetchPage(GraphRequest request, Class<T> itemType) {
        request.query("limit", config.getPageSize() > 0 ? config.getPageSize() : null)
                .query("after", header(InstagramConstants.CURSOR));
        JavaType pageType = mapper.getTypeFactory().constructParametricType(GraphPage.class, itemType);
        return call(request).thenApply(response -> {
            GraphPage<T> page = read(response, pageType, request);
            String next = page.getPaging() != null && page.getPaging().getNext() != null
                    && page.getPaging().getCursors() != null ? page.getPaging().getCursors().getAfter() : null;
            return new OperationResult(page.getData() == null ? List.of() : page.getData(), null, next);
        });
    }

    /** Highest usage percentage reported by the answers of this exchange, -1 when none was. */
    public int highestUsage() {
        return highestUsage.get();
    }

    private <T> T read(GraphResponse response, JavaType type, GraphRequest request) {
        try {
            return mapper.readValue(response.body(), type);
        } catch (IOException e) {
            // Jackson quotes the text it could not read, which may be a token the upstream echoed
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new InstagramApiException(new ApiError(response.status(), 0, 0, null,
                    "the answer is not the expected JSON (" + type.getRawClass().getSimpleName() + "): "
                                                                    + response.redactor().redact(reason),
                    null, false, request.toString()));
        }
    }
}
