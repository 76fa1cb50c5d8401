package io.github.camelinstagram.webhook.event;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelinstagram.api.GraphJson;
import org.apache.camel.Converter;
import org.apache.camel.TypeConversionException;

/**
 * Camel type converters of webhook events: to a JSON String (and its UTF-8 bytes) and to a Map, with the component's
 * shared Jackson configuration. {@code exchange.getMessage().getBody(String.class)} and
 * {@code getBody(Map.class)} use them.
 */
@Converter(generateLoader = true)
public final class WebhookEventConverters {

    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() {
    };

    private WebhookEventConverters() {
    }

    /** The event as compact JSON. */
    @Converter
    public static String toJson(WebhookEvent event) {
        try {
            return mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new TypeConversionException(event, String.class, e);
        }
    }

    /** The event as UTF-8 JSON bytes. */
    @Converter
    public static byte[] toJsonBytes(WebhookEvent event) {
        try {
            return mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new TypeConversionException(event, byte[].class, e);
        }
    }

    /** The event as a Map of its JSON properties (nested objects are Maps, arrays are Lists). */
    @Converter
    public static Map<String, Object> toMap(WebhookEvent event) {
        return mapper().convertValue(event, MAP_TYPE);
    }

    private static ObjectMapper mapper() {
        return GraphJson.mapper();
    }
}
