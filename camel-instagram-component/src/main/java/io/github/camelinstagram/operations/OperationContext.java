package io.github.camelinstagram.operations;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

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
import io.github.camelinstagram.model.GraphPage;
import io.github.camelinstagram.tokens.AccountIdResolver;
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
    private final AccountIdResolver accounts;
    private final ObjectMapper mapper;
    private final String token;
    private final AtomicInteger highestUsage = new AtomicInteger(-1);

    public OperationContext(Exchange exchange, InstagramConfiguration config, GraphClient client,
                            AccountIdResolver accounts, ObjectMapper mapper) {
        this.exchange = exchange;
        this.config = config;
        this.client = client;
        this.accounts = accounts;
        this.mapper = mapper;
        this.token = header(InstagramConstants.ACCESS_TOKEN) != null
                ? header(InstagramConstants.ACCESS_TOKEN) : config.getAccessToken();
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("No access token: set the accessToken option on the instagram component"
                                               + " or endpoint, or the header " + InstagramConstants.ACCESS_TOKEN);
        }
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

    /** The message body as text, which must not be blank: {@code what} says what it is for. */
    public String requireTextBody(String what) {
        String text = exchange.getMessage().getBody(String.class);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No " + what + ": the message body must hold the text to send");
        }
        return text;
    }

    /** The {@code fields} option when set, else the operation's default list. */
    public String fields(String defaults) {
        String fields = config.getFields();
        return fields == null || fields.isBlank() ? defaults : fields.replace(" ", "");
    }

    /** The account acted as: the header, else the option, else resolved from the token. */
    public CompletableFuture<String> accountId() {
        String account = header(InstagramConstants.ACCOUNT_ID);
        if (account == null) {
            account = config.getAccountId();
        }
        if (account != null && !account.isBlank()) {
            return CompletableFuture.completedFuture(account);
        }
        return accounts.resolve(client, config.getBaseUrl(), token);
    }

    /** Sends the request for the account this exchange acts as. */
    public CompletableFuture<GraphResponse> call(GraphRequest request) {
        return accountId().thenCompose(account -> client.call(request, token, account)).thenApply(response -> {
            highestUsage.accumulateAndGet(response.usage().percent(), Math::max);
            return response;
        });
    }

    /** Sends the request and parses the answer as the given type. */
    public <T> CompletableFuture<T> fetch(GraphRequest request, Class<T> type) {
        return call(request).thenApply(response -> read(response, mapper.constructType(type), request));
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
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new InstagramApiException(new ApiError(response.status(), 0, 0, null,
                    "the answer is not the expected JSON (" + type.getRawClass().getSimpleName() + "): " + reason,
                    null, false, request.toString()));
        }
    }
}
