package io.github.camelinstagram.webhook.parse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.model.MediaRef;
import io.github.camelinstagram.model.UserRef;
import io.github.camelinstagram.webhook.event.CommentEvent;
import io.github.camelinstagram.webhook.event.GenericChangeEvent;
import io.github.camelinstagram.webhook.event.WebhookEvent;
import io.github.camelinstagram.webhook.event.WebhookFields;

/**
 * Parses an entry's {@code changes[]}: comments and live comments into {@link CommentEvent}s, any other field into
 * a {@link GenericChangeEvent} carrying the raw value.
 */
final class ChangeParser {

    void parse(String accountId, Long entryTime, JsonNode changes, List<WebhookEvent> events)
            throws MalformedPayloadException {
        if (changes == null) {
            return;
        }
        if (entryTime == null) {
            throw new MalformedPayloadException("time is missing on an entry with changes");
        }
        long time = EventTimes.toEpochMillis(entryTime);
        for (JsonNode change : changes) {
            if (!change.isObject()) {
                throw new MalformedPayloadException("changes items must be objects");
            }
            String field = JsonFields.text(change, "field");
            if (field == null || field.isEmpty()) {
                throw new MalformedPayloadException("field is missing on a change");
            }
            WebhookEvent event;
            if (WebhookFields.COMMENTS.equals(field) || WebhookFields.LIVE_COMMENTS.equals(field)) {
                event = comment(field, accountId, JsonFields.object(change, "value"));
            } else {
                GenericChangeEvent generic = new GenericChangeEvent(field);
                JsonNode value = change.get("value");
                generic.setValue(value);
                generic.setEventId(EventIds.genericChange(field, accountId, Long.toString(entryTime), value));
                event = generic;
            }
            event.setAccountId(accountId);
            event.setTime(time);
            events.add(event);
        }
    }

    private static CommentEvent comment(String field, String accountId, JsonNode value)
            throws MalformedPayloadException {
        if (value == null) {
            throw new MalformedPayloadException("value is missing on a " + field + " change");
        }
        CommentEvent event = new CommentEvent();
        event.setField(field);
        String commentId = JsonFields.requiredId(value, "id");
        event.setCommentId(commentId);
        event.setText(JsonFields.text(value, "text"));
        event.setParentId(JsonFields.id(value, "parent_id"));
        JsonNode from = JsonFields.object(value, "from");
        if (from != null) {
            UserRef author = new UserRef();
            author.setId(JsonFields.id(from, "id"));
            author.setUsername(JsonFields.text(from, "username"));
            event.setFrom(author);
            event.setSelfAuthored(accountId.equals(author.getId()));
        }
        JsonNode media = JsonFields.object(value, "media");
        if (media != null) {
            MediaRef ref = new MediaRef();
            ref.setId(JsonFields.id(media, "id"));
            ref.setMediaProductType(JsonFields.text(media, "media_product_type"));
            event.setMedia(ref);
        }
        event.setEventId(EventIds.comment(field, commentId));
        return event;
    }
}
