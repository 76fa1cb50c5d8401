package io.github.camelinstagram.webhook.parse;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.model.UserRef;
import io.github.camelinstagram.webhook.event.MessageEditEvent;
import io.github.camelinstagram.webhook.event.MessageEvent;
import io.github.camelinstagram.webhook.event.MessagingEvent;
import io.github.camelinstagram.webhook.event.OptinEvent;
import io.github.camelinstagram.webhook.event.PostbackEvent;
import io.github.camelinstagram.webhook.event.ReactionEvent;
import io.github.camelinstagram.webhook.event.ReferralEvent;
import io.github.camelinstagram.webhook.event.SeenEvent;
import io.github.camelinstagram.webhook.event.UnknownMessagingEvent;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.event.WebhookFields;

/**
 * Parses an entry's {@code messaging[]}: picks the kind of each item by the key it carries, fills in sender,
 * recipient and time, and computes the event id.
 */
final class MessagingParser {

    private static final String REACT = "react";

    void parse(String accountId, Long entryTime, JsonNode items, List<WebhookEvent> events)
            throws MalformedPayloadException {
        if (items == null) {
            return;
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new MalformedPayloadException("messaging items must be objects");
            }
            events.add(item(accountId, entryTime, item));
        }
    }

    private static MessagingEvent item(String accountId, Long entryTime, JsonNode item)
            throws MalformedPayloadException {
        JsonNode senderNode = JsonFields.object(item, "sender");
        if (senderNode == null) {
            throw new MalformedPayloadException("sender is missing on a messaging item");
        }
        String senderId = JsonFields.requiredId(senderNode, "id");
        JsonNode recipientNode = JsonFields.object(item, "recipient");
        Long timestamp = JsonFields.count(item, "timestamp");
        if (timestamp == null) {
            timestamp = entryTime;
        }
        if (timestamp == null) {
            throw new MalformedPayloadException("timestamp is missing on a messaging item");
        }
        MessagingEvent event = typed(item, senderId, Long.toString(timestamp));
        event.setAccountId(accountId);
        event.setSender(ref(senderId));
        if (recipientNode != null) {
            event.setRecipient(ref(JsonFields.id(recipientNode, "id")));
        }
        event.setTimestamp(timestamp);
        event.setTime(EventTimes.toEpochMillis(timestamp));
        return event;
    }

    private static MessagingEvent typed(JsonNode item, String senderId, String timestamp)
            throws MalformedPayloadException {
        JsonNode part;
        if ((part = JsonFields.object(item, "message")) != null) {
            MessageEvent event = new MessageEvent();
            event.setMessage(MessagingParts.message(part));
            event.setEventId(event.getMid());
            return event;
        }
        if ((part = JsonFields.object(item, "message_edit")) != null) {
            MessageEditEvent event = new MessageEditEvent();
            event.setMessageEdit(MessagingParts.edit(part));
            event.setEventId(EventIds.edit(WebhookFields.MESSAGE_EDIT, event.getMid(),
                    event.getMessageEdit().getNumEdit()));
            return event;
        }
        if ((part = JsonFields.object(item, "reaction")) != null) {
            ReactionEvent event = new ReactionEvent();
            event.setReaction(MessagingParts.reaction(part));
            String action = event.getReaction().getAction();
            event.setEventId(EventIds.reaction(WebhookFields.MESSAGE_REACTIONS, event.getMid(),
                    action != null ? action : REACT, timestamp));
            return event;
        }
        if ((part = JsonFields.object(item, "read")) != null) {
            SeenEvent event = new SeenEvent();
            event.setRead(MessagingParts.read(part));
            event.setEventId(EventIds.keyed(WebhookFields.MESSAGING_SEEN, orElse(event.getMid(), senderId), timestamp));
            return event;
        }
        if ((part = JsonFields.object(item, "postback")) != null) {
            PostbackEvent event = new PostbackEvent();
            event.setPostback(MessagingParts.postback(part));
            event.setEventId(
                    EventIds.keyed(WebhookFields.MESSAGING_POSTBACKS, orElse(event.getMid(), senderId), timestamp));
            return event;
        }
        if ((part = JsonFields.object(item, "optin")) != null) {
            OptinEvent event = new OptinEvent();
            event.setOptin(MessagingParts.optin(part));
            event.setEventId(EventIds.keyed(WebhookFields.MESSAGING_OPTINS, senderId, timestamp));
            return event;
        }
        if ((part = JsonFields.object(item, "referral")) != null) {
            ReferralEvent event = new ReferralEvent();
            event.setReferral(MessagingParts.referral(part));
            event.setEventId(EventIds.keyed(WebhookFields.MESSAGING_REFERRAL, senderId, timestamp));
            return event;
        }
        String field = unknownField(item);
        UnknownMessagingEvent event = new UnknownMessagingEvent(field);
        event.setItem(item);
        event.setEventId(EventIds.keyed(field, senderId, timestamp));
        return event;
    }

    private static String unknownField(JsonNode item) throws MalformedPayloadException {
        for (Map.Entry<String, JsonNode> member : item.properties()) {
            String name = member.getKey();
            if (!"sender".equals(name) && !"recipient".equals(name) && !"timestamp".equals(name) && !name.isEmpty()) {
                return name;
            }
        }
        throw new MalformedPayloadException("a messaging item carries no event");
    }

    private static String orElse(String value, String fallback) {
        return value != null && !value.isEmpty() ? value : fallback;
    }

    private static UserRef ref(String id) {
        UserRef ref = new UserRef();
        ref.setId(id);
        return ref;
    }
}
