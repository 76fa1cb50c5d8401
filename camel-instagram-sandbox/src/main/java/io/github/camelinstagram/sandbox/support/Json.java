package io.github.camelinstagram.sandbox.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON reading and writing. What goes out as Meta would send it (Graph answers, webhook bodies) is written with every
 * non-ASCII character escaped as a backslash-u escape of four hex digits, like Meta's own serializer; the control
 * API writes plain UTF-8.
 */
public final class Json {

    /** A default mapper, for reading and for the control API. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter META = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII)
            .without(JsonWriteFeature.WRITE_HEX_UPPER_CASE);

    private Json() {
    }

    /** The value as Meta writes JSON: ASCII only, non-ASCII characters escaped. */
    public static byte[] metaBytes(Object value) {
        try {
            return META.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The value as UTF-8 JSON. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String string(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /**
     * Parses JSON text.
     *
     * @throws IllegalArgumentException saying why the text is not JSON
     */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null) {
                throw new IllegalArgumentException("empty JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The text of a field, or null when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
