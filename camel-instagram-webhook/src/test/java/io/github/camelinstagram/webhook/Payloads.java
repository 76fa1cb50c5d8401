package io.github.camelinstagram.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Webhook payloads for tests, written as Meta sends them.
 */
final class Payloads {

    static final String ACCOUNT = "17841400000000001";
    static final String USER = "5614879045272581";
    static final long TS = 1569262485349L;

    private Payloads() {
    }

    /** An envelope with one messaging entry holding the given items (comma-joined JSON objects). */
    static String messaging(String... items) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1569262486134,"
               + "\"messaging\":[" + String.join(",", items) + "]}]}";
    }

    /** An envelope with one changes entry holding the given changes. */
    static String changes(long entryTime, String... changes) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":" + entryTime + ","
               + "\"changes\":[" + String.join(",", changes) + "]}]}";
    }

    /** A messaging item from {@link #USER} to {@link #ACCOUNT} carrying {@code "key":part}. */
    static String item(long timestamp, String key, String part) {
        return "{\"sender\":{\"id\":\"" + USER + "\"},\"recipient\":{\"id\":\"" + ACCOUNT + "\"},\"timestamp\":"
               + timestamp + ",\"" + key + "\":" + part + "}";
    }

    static String textMessage(String mid, String text) {
        return item(TS, "message", "{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}");
    }

    static String echo(String mid, String text) {
        return "{\"sender\":{\"id\":\"" + ACCOUNT + "\"},\"recipient\":{\"id\":\"" + USER + "\"},\"timestamp\":" + TS
               + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\",\"is_echo\":true}}";
    }

    static String comment(String field, String id, String fromId, String text) {
        return "{\"field\":\"" + field + "\",\"value\":{\"id\":\"" + id + "\",\"from\":{\"id\":\"" + fromId
               + "\",\"username\":\"someone\"},\"text\":\"" + text + "\",\"media\":{\"id\":\"1790000000001\","
               + "\"media_product_type\":\"FEED\"}}}";
    }

    /** A payload of the module's test resources (src/test/resources/fixtures), in the shapes Meta sends. */
    static String fixture(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " in src/test/resources/fixtures");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + name + " cannot be read", e);
        }
    }
}
