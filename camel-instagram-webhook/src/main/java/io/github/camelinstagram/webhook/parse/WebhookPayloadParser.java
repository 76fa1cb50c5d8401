package io.github.camelinstagram.webhook.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelinstagram.api.GraphJson;
import io.github.camelinstagram.webhook.event.WebhookEvent;

/**
 * Turns the raw bytes of a webhook request into its events, in the order of the request. The envelope is
 * {@code {"object":"instagram","entry":[...]}}, possibly wrapped in a JSON array; each entry carries
 * {@code changes[]} or {@code messaging[]} (or both). The whole payload is checked before any event is returned, so
 * a malformed request routes nothing.
 */
public final class WebhookPayloadParser {

    private static final String INSTAGRAM = "instagram";

    private final ObjectReader reader = GraphJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ChangeParser changeParser = new ChangeParser();
    private final MessagingParser messagingParser = new MessagingParser();

    /**
     * The events of the payload.
     *
     * @throws MalformedPayloadException when the body is not JSON, not an {@code object: instagram} payload, or has
     *                                   a part of the wrong type
     */
    public List<WebhookEvent> parse(byte[] body) throws MalformedPayloadException {
        if (body == null || body.length == 0) {
            throw new MalformedPayloadException("the body is empty");
        }
        if (!Utf8.isWellFormed(body)) {
            throw new MalformedPayloadException("the body is not well-formed UTF-8");
        }
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (IOException e) {
            throw new MalformedPayloadException("the body is not valid JSON", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedPayloadException("the body is not valid JSON");
        }
        List<WebhookEvent> events = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new MalformedPayloadException("the payload is an empty array");
            }
            for (JsonNode envelope : root) {
                envelope(envelope, events);
            }
        } else {
            envelope(root, events);
        }
        return events;
    }

    private void envelope(JsonNode envelope, List<WebhookEvent> events) throws MalformedPayloadException {
        if (!envelope.isObject()) {
            throw new MalformedPayloadException("the payload is not an object");
        }
        JsonNode object = envelope.get("object");
        if (object == null || !object.isTextual() || !INSTAGRAM.equals(object.textValue())) {
            throw new MalformedPayloadException("the payload is not an object: instagram payload");
        }
        JsonNode entries = JsonFields.array(envelope, "entry");
        if (entries == null) {
            throw new MalformedPayloadException("entry is missing");
        }
        for (JsonNode entry : entries) {
            entry(entry, events);
        }
    }

    private void entry(JsonNode entry, List<WebhookEvent> events) throws MalformedPayloadException {
        if (!entry.isObject()) {
            throw new MalformedPayloadException("entry items must be objects");
        }
        String accountId = JsonFields.requiredId(entry, "id");
        Long time = JsonFields.count(entry, "time");
        for (Map.Entry<String, JsonNode> member : entry.properties()) {
            String name = member.getKey();
            if ("changes".equals(name)) {
                changeParser.parse(accountId, time, JsonFields.array(entry, name), events);
            } else if ("messaging".equals(name)) {
                messagingParser.parse(accountId, time, JsonFields.array(entry, name), events);
            }
        }
    }
}
