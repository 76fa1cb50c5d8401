package io.github.camelinstagram.sandbox.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Attachment;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Container;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.sandbox.state.Follower;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Message;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.support.GraphTime;
import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * How each node type reads through the API (section G of the specification): its fields, its defaults and its
 * nested edges. Used under the sandbox lock.
 */
public final class GraphViews {

    /** Fields the API still gives for a message older than the 20 most recent of its conversation. */
    private static final Set<String> OLD_MESSAGE_FIELDS = Set.of("id", "created_time");

    private final Sandbox sandbox;
    private final NodeRenderer<Account> account;
    private final NodeRenderer<Media> media;
    private final NodeRenderer<Container> container;
    private final NodeRenderer<Comment> comment;
    private final NodeRenderer<Conversation> conversation;
    private final NodeRenderer<Message> message;
    private final NodeRenderer<Follower> user;

    public GraphViews(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.media = mediaRenderer();
        this.account = accountRenderer();
        this.container = containerRenderer();
        this.comment = commentRenderer();
        this.message = messageRenderer();
        this.conversation = conversationRenderer();
        this.user = userRenderer();
    }

    public NodeRenderer<Account> account() {
        return account;
    }

    public NodeRenderer<Media> media() {
        return media;
    }

    public NodeRenderer<Container> container() {
        return container;
    }

    public NodeRenderer<Comment> comment() {
        return comment;
    }

    public NodeRenderer<Conversation> conversation() {
        return conversation;
    }

    public NodeRenderer<Message> message() {
        return message;
    }

    public NodeRenderer<Follower> user() {
        return user;
    }

    /** A message as listed in its conversation: only id and time for those older than the 20 most recent. */
    public Map<String, Object> listedMessage(Conversation thread, Message item, FieldSelection fields) {
        return thread.isRecent(item) ? message.render(item, fields)
                : message.renderOnly(item, fields, OLD_MESSAGE_FIELDS);
    }

    private NodeRenderer<Account> accountRenderer() {
        return new NodeRenderer<Account>("User", "username")
                .field("id", Account::appScopedId)
                .field("user_id", Account::userId)
                .field("username", Account::username)
                .field("name", Account::name)
                .field("account_type", Account::accountType)
                .field("profile_picture_url", Account::profilePictureUrl)
                .field("followers_count", Account::followersCount)
                .field("follows_count", Account::followsCount)
                .field("media_count", a -> sandbox.mediaOf(a.userId(), false).size())
                .nested("media", (a, field) -> Pager.nested(sandbox.mediaOf(a.userId(), false), Media::id,
                        m -> media.render(m, field.nested()), field, 100));
    }

    private NodeRenderer<Media> mediaRenderer() {
        return new NodeRenderer<Media>("Media", "id")
                .field("id", Media::id)
                .field("caption", Media::caption)
                .field("media_type", Media::mediaType)
                .field("media_product_type", Media::productType)
                .field("media_url", Media::mediaUrl)
                .field("permalink", Media::permalink)
                .field("shortcode", Media::shortcode)
                .field("thumbnail_url", Media::thumbnailUrl)
                .field("timestamp", m -> GraphTime.format(m.timestamp()))
                .field("username", Media::ownerUsername)
                .field("comments_count", m -> sandbox.commentCount(m.id()))
                .field("like_count", Media::likeCount)
                .field("is_comment_enabled", Media::isCommentEnabled)
                .field("is_shared_to_feed", m -> "REELS".equals(m.productType()) ? m.sharedToFeed() : null)
                .field("alt_text", Media::altText)
                .field("owner", m -> Map.of("id", m.ownerId()))
                .nested("children", (m, field) -> m.children().isEmpty() ? null
                        : Pager.nested(m.children(), Media::id, child -> media.render(child, field.nested()), field,
                                10))
                .nested("comments", (m, field) -> Pager.nested(sandbox.topLevelComments(m.id()), Comment::id,
                        c -> comment.render(c, field.nested()), field, 50));
    }

    private NodeRenderer<Container> containerRenderer() {
        return new NodeRenderer<Container>("ShadowIGMediaBuilder", "id")
                .field("id", Container::id)
                .field("status_code", c -> sandbox.status(c).code())
                .field("status", c -> sandbox.status(c).text());
    }

    private NodeRenderer<Comment> commentRenderer() {
        return new NodeRenderer<Comment>("Comment", "timestamp,text")
                .field("id", Comment::id)
                .field("text", Comment::text)
                .field("timestamp", c -> GraphTime.format(c.timestamp()))
                .nested("from", (c, field) -> {
                    Map<String, Object> from = new LinkedHashMap<>();
                    from.put("id", c.authorId());
                    from.put("username", c.authorUsername());
                    return from;
                })
                .field("hidden", Comment::isHidden)
                .field("like_count", Comment::likeCount)
                .nested("media", (c, field) -> sandbox.media(c.mediaId())
                        .map(m -> media.render(m, field.nested())).orElse(null))
                .field("parent_id", Comment::parentId)
                .field("username", Comment::authorUsername)
                .nested("replies", (c, field) -> c.isReply() ? null
                        : Pager.nested(sandbox.replies(c.id()), Comment::id, r -> comment.render(r, field.nested()),
                                field, 50));
    }

    private NodeRenderer<Message> messageRenderer() {
        return new NodeRenderer<Message>("Message", "id,created_time")
                .field("id", Message::mid)
                .field("created_time", m -> GraphTime.format(m.createdTime()))
                .field("from", m -> party(m.fromUsername(), m.fromId()))
                .field("to", m -> Map.of("data", List.of(party(m.toUsername(), m.toId()))))
                .field("message", m -> m.text() == null ? "" : m.text())
                .field("attachments", this::attachments)
                .field("shares", this::shares)
                .field("reactions", this::reactions)
                .field("is_unsupported", m -> false);
    }

    private NodeRenderer<Conversation> conversationRenderer() {
        return new NodeRenderer<Conversation>("Conversation", "id")
                .field("id", Conversation::id)
                .field("updated_time", c -> GraphTime.format(c.updatedTime()))
                .field("participants", c -> {
                    Account owner = sandbox.account(c.accountId()).orElseThrow();
                    return Map.of("data", List.of(party(owner.username(), owner.userId()),
                            party(c.participant().username(), c.participant().igsid())));
                })
                .nested("messages", (c, field) -> Pager.nested(c.newestFirst(), Message::mid,
                        m -> listedMessage(c, m, field.nested()), field, 100));
    }

    private NodeRenderer<Follower> userRenderer() {
        return new NodeRenderer<Follower>("User", "name,username,profile_pic")
                .field("id", Follower::igsid)
                .field("name", Follower::name)
                .field("username", Follower::username)
                .field("profile_pic", Follower::profilePic)
                .field("follower_count", Follower::followerCount)
                .field("is_user_follow_business", Follower::followsBusiness)
                .field("is_business_follow_user", Follower::businessFollowsUser)
                .field("is_verified_user", Follower::verified);
    }

    private Object attachments(Message m) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (Attachment attachment : m.attachments()) {
            Map<String, Object> item = new LinkedHashMap<>();
            switch (attachment.type()) {
                case "image", "like_heart" -> item.put("image_data", Ordered.map("url", attachmentUrl(attachment),
                        "preview_url", attachmentUrl(attachment)));
                case "video" -> item.put("video_data", Ordered.map("url", attachment.url(),
                        "preview_url", attachment.url()));
                case "audio" -> item.put("audio_data", Map.of("url", attachment.url()));
                case "file" -> item.put("file_url", attachment.url());
                default -> {
                    continue;
                }
            }
            data.add(item);
        }
        return data.isEmpty() ? null : Map.of("data", data);
    }

    private String attachmentUrl(Attachment attachment) {
        return attachment.url() != null ? attachment.url() : sandbox.baseUrl() + "/sandbox/cdn/like_heart.png";
    }

    private Object shares(Message m) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (Attachment attachment : m.attachments()) {
            if ("MEDIA_SHARE".equals(attachment.type())) {
                sandbox.media(attachment.mediaId()).ifPresent(shared -> data.add(Map.of("link", shared.permalink())));
            }
        }
        return data.isEmpty() ? null : Map.of("data", data);
    }

    private Object reactions(Message m) {
        if (m.reactions().isEmpty()) {
            return null;
        }
        Map<String, List<Map<String, Object>>> byReaction = new LinkedHashMap<>();
        m.reactions().forEach((userId, reaction) -> byReaction.computeIfAbsent(reaction, r -> new ArrayList<>())
                .add(party(username(userId), userId)));
        List<Map<String, Object>> data = new ArrayList<>();
        byReaction.forEach((reaction, users) -> data.add(Ordered.map("reaction", reaction, "users", users)));
        return Map.of("data", data);
    }

    private String username(String id) {
        return sandbox.account(id).map(Account::username)
                .orElseGet(() -> sandbox.follower(id).map(Follower::username).orElse(null));
    }

    private static Map<String, Object> party(String username, String id) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("username", username);
        party.put("id", id);
        return party;
    }
}
