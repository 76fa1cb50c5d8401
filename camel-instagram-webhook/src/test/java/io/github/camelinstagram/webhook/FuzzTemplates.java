package io.github.camelinstagram.webhook;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid payloads of every event type, each with the list of its typed slots: where a value of another type makes the
 * payload malformed. A slot is {@code <JSON pointer>:<kind>}; kinds are instagram (the object value), id (string or
 * integer), count (non-negative integer), object, array, text and bool.
 */
final class FuzzTemplates {

    /** A payload and its slots. */
    record Template(String json, List<String> slots) {
    }

    private static final String ENTRY = "/entry/0";
    private static final String ITEM = ENTRY + "/messaging/0";
    private static final String CHANGE = ENTRY + "/changes/0";

    private FuzzTemplates() {
    }

    static List<Template> all(String unique) {
        List<Template> templates = new ArrayList<>();
        templates.add(messaging(unique, "message", "{\"mid\":\"m-" + unique + "\",\"text\":\"hello\"}",
                "message:object", "message/mid:id", "message/text:text"));
        templates.add(messaging(unique, "message", "{\"mid\":\"a-" + unique + "\",\"text\":\"look\",\"is_echo\":false,"
                                                   + "\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn/i\"}}],"
                                                   + "\"quick_reply\":{\"payload\":\"Q\"},\"reply_to\":{\"mid\":\"m0\"},"
                                                   + "\"referral\":{\"ref\":\"r\",\"source\":\"ADS\",\"type\":\"OPEN_THREAD\"}}",
                "message/is_echo:bool", "message/attachments:array", "message/attachments/0:object",
                "message/attachments/0/type:text", "message/attachments/0/payload:object",
                "message/attachments/0/payload/url:text", "message/quick_reply:object",
                "message/quick_reply/payload:text", "message/reply_to:object", "message/reply_to/mid:id",
                "message/referral:object", "message/referral/ref:text"));
        templates.add(messaging(unique, "reaction", "{\"mid\":\"r-" + unique + "\",\"action\":\"react\","
                                                    + "\"reaction\":\"love\",\"emoji\":\"\\u2764\"}",
                "reaction:object", "reaction/mid:id", "reaction/action:text", "reaction/reaction:text",
                "reaction/emoji:text"));
        templates.add(messaging(unique, "read", "{\"mid\":\"s-" + unique + "\"}", "read:object", "read/mid:id"));
        templates.add(messaging(unique, "postback", "{\"mid\":\"p-" + unique + "\",\"title\":\"T\",\"payload\":\"P\"}",
                "postback:object", "postback/mid:id", "postback/title:text", "postback/payload:text"));
        templates.add(messaging(unique, "referral", "{\"ref\":\"f-" + unique + "\",\"source\":\"SHORTLINK\","
                                                    + "\"type\":\"OPEN_THREAD\"}",
                "referral:object", "referral/ref:text", "referral/source:text", "referral/type:text"));
        templates.add(messaging(unique, "optin", "{\"type\":\"notification_messages\",\"payload\":\"o-" + unique + "\","
                                                 + "\"token_expiry_timestamp\":1700000000000}",
                "optin:object", "optin/type:text", "optin/payload:text", "optin/token_expiry_timestamp:count"));
        templates.add(messaging(unique, "message_edit", "{\"mid\":\"e-" + unique + "\",\"text\":\"new\",\"num_edit\":1}",
                "message_edit:object", "message_edit/mid:id", "message_edit/text:text", "message_edit/num_edit:count"));
        templates.add(change("{\"field\":\"comments\",\"value\":{\"id\":\"c-" + unique + "\",\"text\":\"nice\","
                             + "\"from\":{\"id\":\"u1\",\"username\":\"ann\"},\"media\":{\"id\":\"m1\","
                             + "\"media_product_type\":\"FEED\"},\"parent_id\":\"c0\"}}",
                "field:text", "value:object", "value/id:id", "value/text:text", "value/from:object", "value/from/id:id",
                "value/from/username:text", "value/media:object", "value/media/id:id",
                "value/media/media_product_type:text", "value/parent_id:id"));
        templates.add(change("{\"field\":\"live_comments\",\"value\":{\"id\":\"l-" + unique + "\",\"text\":\"live\"}}",
                "field:text", "value:object", "value/id:id", "value/text:text"));
        templates.add(change("{\"field\":\"story_insights\",\"value\":{\"media_id\":\"g-" + unique + "\",\"reach\":5}}",
                "field:text"));
        return templates;
    }

    private static Template messaging(String unique, String key, String part, String... partSlots) {
        String json = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1569262486134,"
                      + "\"messaging\":[{\"sender\":{\"id\":\"u-" + unique + "\"},\"recipient\":{\"id\":\"17841400000000001\"},"
                      + "\"timestamp\":1569262485349,\"" + key + "\":" + part + "}]}]}";
        List<String> slots = new ArrayList<>(envelopeSlots());
        slots.addAll(List.of(ENTRY + "/messaging:array", ITEM + ":object", ITEM + "/sender:object",
                ITEM + "/sender/id:id", ITEM + "/recipient:object", ITEM + "/recipient/id:id",
                ITEM + "/timestamp:count"));
        for (String slot : partSlots) {
            slots.add(ITEM + "/" + slot);
        }
        return new Template(json, slots);
    }

    private static Template change(String change, String... changeSlots) {
        String json = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"17841400000000001\",\"time\":1785412106,"
                      + "\"changes\":[" + change + "]}]}";
        List<String> slots = new ArrayList<>(envelopeSlots());
        slots.addAll(List.of(ENTRY + "/changes:array", CHANGE + ":object"));
        for (String slot : changeSlots) {
            slots.add(CHANGE + "/" + slot);
        }
        return new Template(json, slots);
    }

    private static List<String> envelopeSlots() {
        return List.of("/object:instagram", "/entry:array", ENTRY + ":object", ENTRY + "/id:id", ENTRY + "/time:count");
    }
}
