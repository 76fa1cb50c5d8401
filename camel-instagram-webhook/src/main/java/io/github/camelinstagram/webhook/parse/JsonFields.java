package io.github.camelinstagram.webhook.parse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Strict accessors of a JSON object's members: a member is either absent (or JSON null) or of the expected type;
 * anything else makes the payload malformed.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The member as an object, or null when absent. */
    static JsonNode object(JsonNode parent, String name) throws MalformedPayloadException {
        JsonNode node = member(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(name, "an object");
        }
        return node;
    }

    /** The member as an array, or null when absent. */
    static JsonNode array(JsonNode parent, String name) throws MalformedPayloadException {
        JsonNode node = member(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw wrongType(name, "an array");
        }
        return node;
    }

    /** The member as a string, or null when absent. */
    static String text(JsonNode parent, String name) throws MalformedPayloadException {
        JsonNode node = member(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(name, "a string");
        }
        return node.textValue();
    }

    /** An id: a string, or an integer written as a number; null when absent. */
    static String id(JsonNode parent, String name) throws MalformedPayloadException {
        JsonNode node = member(parent, name);
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        throw wrongType(name, "a string or an integer");
    }

    /** A non-empty id. */
    static String requiredId(JsonNode parent, String name) throws MalformedPayloadException {
        String id = id(parent, name);
        if (id == null || id.isEmpty()) {
            throw new MalformedPayloadException(name + " is missing");
        }
        return id;
    }

    /** A non-negative integer that fits a long; null when absent. */
    static Long count(JsonNode parent, String name) throws MalformedPayloadException {
        JsonNode node = member(parent, name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw wrongType(name, "a non-negative integer");
        }
        return node.longValue();
    }

    /** A boolean; false when absent. */
    static boolean flag(JsonNode parent, String name) throws MalformedPayloadException {
        JsonNode node = member(parent, name);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw wrongType(name, "a boolean");
        }
        return node.booleanValue();
    }

    private static JsonNode member(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static MalformedPayloadException wrongType(String name, String expected) {
        return new MalformedPayloadException(name + " must be " + expected);
    }
}
