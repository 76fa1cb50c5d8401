package io.github.camelinstagram.webhook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelinstagram.api.GraphJson;
import io.github.camelinstagram.webhook.event.Attachment;
import io.github.camelinstagram.webhook.event.AttachmentPayload;
import io.github.camelinstagram.webhook.event.InstagramMessage;
import io.github.camelinstagram.webhook.event.MessageEdit;
import io.github.camelinstagram.webhook.event.Optin;
import io.github.camelinstagram.webhook.event.Postback;
import io.github.camelinstagram.webhook.event.QuickReply;
import io.github.camelinstagram.webhook.event.Reaction;
import io.github.camelinstagram.webhook.event.ReadReceipt;
import io.github.camelinstagram.webhook.event.Referral;
import io.github.camelinstagram.webhook.event.ReplyTo;
import io.github.camelinstagram.webhook.event.StoryRef;

/**
 * Parses the part of a messaging item that names its kind ({@code message}, {@code reaction}, {@code read}, ...)
 * into its model. Unknown members are ignored; known members of the wrong type make the payload malformed.
 */
final class MessagingParts {

    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() {
    };

    private MessagingParts() {
    }

    static InstagramMessage message(JsonNode node) throws MalformedPayloadException {
        InstagramMessage message = new InstagramMessage();
        message.setMid(JsonFields.requiredId(node, "mid"));
        message.setText(JsonFields.text(node, "text"));
        message.setEcho(JsonFields.flag(node, "is_echo"));
        message.setDeleted(JsonFields.flag(node, "is_deleted"));
        message.setUnsupported(JsonFields.flag(node, "is_unsupported"));
        JsonNode attachments = JsonFields.array(node, "attachments");
        if (attachments != null) {
            List<Attachment> list = new ArrayList<>(attachments.size());
            for (JsonNode attachment : attachments) {
                list.add(attachment(attachment));
            }
            message.setAttachments(list);
        }
        JsonNode quickReply = JsonFields.object(node, "quick_reply");
        if (quickReply != null) {
            QuickReply reply = new QuickReply();
            reply.setPayload(JsonFields.text(quickReply, "payload"));
            message.setQuickReply(reply);
        }
        JsonNode replyTo = JsonFields.object(node, "reply_to");
        if (replyTo != null) {
            message.setReplyTo(replyTo(replyTo));
        }
        JsonNode referral = JsonFields.object(node, "referral");
        if (referral != null) {
            message.setReferral(referral(referral));
        }
        return message;
    }

    private static Attachment attachment(JsonNode node) throws MalformedPayloadException {
        if (!node.isObject()) {
            throw new MalformedPayloadException("attachments items must be objects");
        }
        Attachment attachment = new Attachment();
        attachment.setType(JsonFields.text(node, "type"));
        JsonNode payload = JsonFields.object(node, "payload");
        if (payload != null) {
            AttachmentPayload content = new AttachmentPayload();
            content.setUrl(JsonFields.text(payload, "url"));
            content.setTitle(JsonFields.text(payload, "title"));
            content.setReelVideoId(JsonFields.id(payload, "reel_video_id"));
            content.setIgPostMediaId(JsonFields.id(payload, "ig_post_media_id"));
            content.setStickerId(JsonFields.id(payload, "sticker_id"));
            attachment.setPayload(content);
        }
        return attachment;
    }

    private static ReplyTo replyTo(JsonNode node) throws MalformedPayloadException {
        ReplyTo replyTo = new ReplyTo();
        replyTo.setMid(JsonFields.id(node, "mid"));
        JsonNode story = JsonFields.object(node, "story");
        if (story != null) {
            StoryRef ref = new StoryRef();
            ref.setId(JsonFields.id(story, "id"));
            ref.setUrl(JsonFields.text(story, "url"));
            replyTo.setStory(ref);
        }
        return replyTo;
    }

    static Referral referral(JsonNode node) throws MalformedPayloadException {
        Referral referral = new Referral();
        referral.setRef(JsonFields.text(node, "ref"));
        referral.setSource(JsonFields.text(node, "source"));
        referral.setType(JsonFields.text(node, "type"));
        referral.setAdId(JsonFields.id(node, "ad_id"));
        JsonNode ads = JsonFields.object(node, "ads_context_data");
        if (ads != null) {
            referral.setAdsContextData(GraphJson.mapper().convertValue(ads, MAP_TYPE));
        }
        return referral;
    }

    static Reaction reaction(JsonNode node) throws MalformedPayloadException {
        Reaction reaction = new Reaction();
        reaction.setMid(JsonFields.requiredId(node, "mid"));
        reaction.setAction(JsonFields.text(node, "action"));
        reaction.setReaction(JsonFields.text(node, "reaction"));
        reaction.setEmoji(JsonFields.text(node, "emoji"));
        return reaction;
    }

    static ReadReceipt read(JsonNode node) throws MalformedPayloadException {
        ReadReceipt read = new ReadReceipt();
        read.setMid(JsonFields.id(node, "mid"));
        return read;
    }

    static Postback postback(JsonNode node) throws MalformedPayloadException {
        Postback postback = new Postback();
        postback.setMid(JsonFields.id(node, "mid"));
        postback.setTitle(JsonFields.text(node, "title"));
        postback.setPayload(JsonFields.text(node, "payload"));
        return postback;
    }

    static Optin optin(JsonNode node) throws MalformedPayloadException {
        Optin optin = new Optin();
        optin.setType(JsonFields.text(node, "type"));
        optin.setPayload(JsonFields.text(node, "payload"));
        optin.setTitle(JsonFields.text(node, "title"));
        optin.setRef(JsonFields.text(node, "ref"));
        optin.setToken(JsonFields.text(node, "notification_messages_token"));
        optin.setFrequency(JsonFields.text(node, "notification_messages_frequency"));
        optin.setTimezone(JsonFields.text(node, "notification_messages_timezone"));
        optin.setStatus(JsonFields.text(node, "notification_messages_status"));
        optin.setTokenExpiryTimestamp(JsonFields.count(node, "token_expiry_timestamp"));
        optin.setUserTokenStatus(JsonFields.text(node, "user_token_status"));
        return optin;
    }

    static MessageEdit edit(JsonNode node) throws MalformedPayloadException {
        MessageEdit edit = new MessageEdit();
        edit.setMid(JsonFields.requiredId(node, "mid"));
        edit.setText(JsonFields.text(node, "text"));
        Long numEdit = JsonFields.count(node, "num_edit");
        edit.setNumEdit(numEdit != null ? numEdit : 0L);
        return edit;
    }
}
