package io.github.camelinstagram.webhook.parse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The idempotency keys of events, as the contract fixes them, so that every redelivery and every instance computes
 * the same key.
 */
final class EventIds {

    /** A default mapper: the generic change key hashes the value as a default ObjectMapper writes it. */
    private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EventIds() {
    }

    /** {@code <field>:<comment id>} */
    static String comment(String field, String commentId) {
        return field + ':' + commentId;
    }

    /** {@code message_reactions:<mid>:<action>:<timestamp>} */
    static String reaction(String field, String mid, String action, String timestamp) {
        return field + ':' + mid + ':' + action + ':' + timestamp;
    }

    /** {@code <field>:<key>:<timestamp>}: seen receipts and postbacks (key: mid), referrals, opt-ins, unknown items. */
    static String keyed(String field, String key, String timestamp) {
        return field + ':' + key + ':' + timestamp;
    }

    /** {@code message_edit:<mid>:<num_edit>} */
    static String edit(String field, String mid, long numEdit) {
        return field + ':' + mid + ':' + numEdit;
    }

    /** {@code <field>:<entry id>:<entry time as sent>:<sha-256 hex of the value>} */
    static String genericChange(String field, String entryId, String entryTime, JsonNode value)
            throws MalformedPayloadException {
        return field + ':' + entryId + ':' + entryTime + ':' + sha256Hex(value);
    }

    private static String sha256Hex(JsonNode value) throws MalformedPayloadException {
        byte[] json;
        try {
            json = DEFAULT_MAPPER.writeValueAsBytes(value != null ? value : NullNode.getInstance());
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException("a change value cannot be written as JSON", e);
        }
        byte[] digest = sha256().digest(json);
        char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
