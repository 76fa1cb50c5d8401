package io.github.camelinstagram.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.github.camelinstagram.sandbox.webhooks.EventSink;
import io.github.camelinstagram.sandbox.webhooks.WebhookEvent;
import io.github.camelinstagram.sandbox.webhooks.WebhookEvents;
import io.github.camelinstagram.sandbox.webhooks.WebhookFields;

/**
 * The whole state of the simulated platform: the app, accounts, followers, tokens, authorization codes, media,
 * containers, comments, conversations and messages. Every method runs under one lock (this object's monitor), so the
 * state is consistent whatever thread calls; a caller that reads several objects, or reads and then changes them, does
 * so inside {@link #atomically(Supplier)}. The entity objects it returns are mutated only under that lock.
 * <p>
 * Changes that Meta notifies by webhook (comments, messages and their echoes, reactions, reads, postbacks, referrals,
 * edits) are published to the {@link EventSink} as they happen, marked with whether the account subscribed to the
 * field.
 */
public final class Sandbox {

    private final SandboxClock clock;
    private final long randomSeed;
    private volatile EventSink events = EventSink.NONE;
    private IdGenerator ids;
    private AppConfig app;
    private String baseUrl = "http://127.0.0.1";
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> appScopedIds = new HashMap<>();
    private final Map<String, Follower> followers = new LinkedHashMap<>();
    private final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    private final Map<String, AuthorizationCode> codes = new HashMap<>();
    private final Map<String, Media> media = new LinkedHashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Map<String, Comment> comments = new LinkedHashMap<>();
    private final Map<String, Conversation> conversations = new LinkedHashMap<>();
    private final Map<String, Message> messages = new HashMap<>();
    private final SlidingWindow publishes = new SlidingWindow(Duration.ofDays(1));
    private final SlidingWindow containerCreations = new SlidingWindow(Duration.ofDays(1));
    private String primaryAccountId;
    private String primaryToken;

    /**
     * @param clock      the sandbox's time
     * @param app        the app it plays the platform for
     * @param randomSeed seed of every generated id and token: the same seed gives the same ids after every reset
     */
    public Sandbox(SandboxClock clock, AppConfig app, long randomSeed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.app = Objects.requireNonNull(app, "app");
        this.randomSeed = randomSeed;
        this.ids = new IdGenerator(randomSeed);
    }

    /** Where the events go from now on. */
    public void setEventSink(EventSink sink) {
        this.events = Objects.requireNonNull(sink, "event sink");
    }

    /** Runs the action under the lock: a consistent read, or a read then change. */
    public synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    /** Runs the action under the lock. */
    public synchronized void atomically(Runnable action) {
        action.run();
    }

    public SandboxClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized IdGenerator ids() {
        return ids;
    }

    public synchronized AppConfig app() {
        return app;
    }

    public synchronized void setApp(AppConfig app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    /** The server's base URL, for the URLs the sandbox makes up (CDN media, upload URIs). */
    public synchronized String baseUrl() {
        return baseUrl;
    }

    public synchronized void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Forgets everything and runs the seed again, with the same id seed: the seeded ids and tokens come back. */
    public synchronized void reset(Seed seed) {
        ids = new IdGenerator(randomSeed);
        accounts.clear();
        appScopedIds.clear();
        followers.clear();
        tokens.clear();
        codes.clear();
        media.clear();
        containers.clear();
        comments.clear();
        conversations.clear();
        messages.clear();
        publishes.clear();
        containerCreations.clear();
        primaryAccountId = null;
        primaryToken = null;
        seed.populate(this);
    }

    // ---- accounts and followers

    public synchronized Account addAccount(Account account) {
        accounts.put(account.userId(), account);
        appScopedIds.put(account.appScopedId(), account.userId());
        return account;
    }

    /** The account by its {@code user_id} or its app-scoped id. */
    public synchronized Optional<Account> account(String id) {
        Account account = accounts.get(id);
        if (account == null && appScopedIds.containsKey(id)) {
            account = accounts.get(appScopedIds.get(id));
        }
        return Optional.ofNullable(account);
    }

    public synchronized Optional<Account> accountByUsername(String username) {
        return accounts.values().stream().filter(a -> a.username().equalsIgnoreCase(username)).findFirst();
    }

    public synchronized List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    /** Designates the account and token that the server prints and the JUnit extension hands out. */
    public synchronized void setPrimary(String accountId, String token) {
        this.primaryAccountId = accountId;
        this.primaryToken = token;
    }

    /** Whether the seed designated a primary account and token. */
    public synchronized boolean hasPrimary() {
        return primaryAccountId != null && primaryToken != null;
    }

    public synchronized String primaryAccountId() {
        if (primaryAccountId == null) {
            throw new IllegalStateException("The sandbox has no primary account: its seed created none");
        }
        return primaryAccountId;
    }

    public synchronized String primaryToken() {
        if (primaryToken == null) {
            throw new IllegalStateException("The sandbox has no primary token: its seed created none");
        }
        return primaryToken;
    }

    public synchronized Follower addFollower(Follower follower) {
        followers.put(follower.igsid(), follower);
        return follower;
    }

    public synchronized Optional<Follower> follower(String igsid) {
        return Optional.ofNullable(followers.get(igsid));
    }

    public synchronized List<Follower> followers() {
        return List.copyOf(followers.values());
    }

    // ---- tokens and codes

    /** Issues a token now. */
    public synchronized AccessToken issueToken(String accountId, TokenKind kind, Set<Scope> scopes) {
        return issueToken(accountId, kind, scopes, now());
    }

    /** Issues a token as if issued at {@code issuedAt} (a seed may issue tokens in the past). */
    public synchronized AccessToken issueToken(String accountId, TokenKind kind, Set<Scope> scopes,
                                               Instant issuedAt) {
        AccessToken token = new AccessToken(ids.accessToken(), accountId, kind, issuedAt, scopes);
        tokens.put(token.value(), token);
        return token;
    }

    public synchronized Optional<AccessToken> token(String value) {
        return Optional.ofNullable(value == null ? null : tokens.get(value));
    }

    public synchronized List<AccessToken> tokensOf(String accountId) {
        return tokens.values().stream().filter(t -> t.accountId().equals(accountId)).toList();
    }

    /** A code of the authorization window, valid for one hour. */
    public synchronized AuthorizationCode issueCode(String accountId, String redirectUri, Set<Scope> scopes) {
        AuthorizationCode code = new AuthorizationCode(ids.authorizationCode(), accountId, redirectUri, scopes,
                now().plus(Duration.ofHours(1)));
        codes.put(code.value(), code);
        return code;
    }

    public synchronized Optional<AuthorizationCode> code(String value) {
        return Optional.ofNullable(value == null ? null : codes.get(value));
    }

    // ---- media and containers

    public synchronized Media addMedia(Media item) {
        media.put(item.id(), item);
        item.children().forEach(child -> media.put(child.id(), child));
        return item;
    }

    public synchronized Optional<Media> media(String id) {
        return Optional.ofNullable(media.get(id));
    }

    /** The owner's media, newest first, without carousel children; stories only when asked. */
    public synchronized List<Media> mediaOf(String ownerId, boolean stories) {
        return media.values().stream()
                .filter(m -> m.ownerId().equals(ownerId) && !m.isChild() && "STORY".equals(m.productType()) == stories)
                .sorted(Comparator.comparing(Media::timestamp).thenComparing(Media::id).reversed())
                .toList();
    }

    /** Media of others that tag the username, newest first. */
    public synchronized List<Media> taggedMedia(String username) {
        return media.values().stream()
                .filter(m -> m.taggedUsernames().stream().anyMatch(u -> u.equalsIgnoreCase(username)))
                .sorted(Comparator.comparing(Media::timestamp).thenComparing(Media::id).reversed())
                .toList();
    }

    public synchronized Container addContainer(Container container) {
        containers.put(container.id(), container);
        containerCreations.record(container.ownerId(), container.createdAt());
        return container;
    }

    public synchronized Optional<Container> container(String id) {
        return Optional.ofNullable(containers.get(id));
    }

    /** Containers the account created in the last 24 hours. */
    public synchronized int containersCreatedToday(String accountId) {
        return containerCreations.count(accountId, now());
    }

    public synchronized ContainerStatus status(Container container) {
        return container.status(now(), containers::get);
    }

    /** Media the account published in the last 24 hours (a carousel counts once). */
    public synchronized int publishedToday(String accountId) {
        return publishes.count(accountId, now());
    }

    /**
     * Turns a FINISHED container into media: a post, reel, story or carousel (with its children). The caller checked
     * the status and the quota.
     */
    public synchronized Media publish(Container container, String ownerUsername) {
        Instant now = now();
        Media published = toMedia(container, ownerUsername, now, null);
        if (container.type() == ContainerType.CAROUSEL) {
            for (String childId : container.childIds()) {
                Container child = containers.get(childId);
                published.children().add(toMedia(child, ownerUsername, now, published.id()));
                child.markPublished(published.children().get(published.children().size() - 1).id());
            }
        }
        published.taggedUsernames().addAll(container.taggedUsernames());
        container.markPublished(published.id());
        publishes.record(container.ownerId(), now);
        return addMedia(published);
    }

    private Media toMedia(Container container, String ownerUsername, Instant now, String parentId) {
        String id = ids.media();
        boolean video = container.isVideo();
        String mediaType = container.type() == ContainerType.CAROUSEL ? "CAROUSEL_ALBUM" : video ? "VIDEO" : "IMAGE";
        String productType = switch (container.type()) {
            case REELS -> "REELS";
            case STORIES -> "STORY";
            default -> "FEED";
        };
        String url = container.type() == ContainerType.CAROUSEL ? null
                : video ? container.videoUrl() : container.imageUrl();
        if (url == null && video) {
            url = baseUrl + "/sandbox/cdn/" + id + ".mp4";
        }
        String thumbnail = video ? baseUrl + "/sandbox/cdn/" + id + ".jpg" : null;
        return new Media(id, container.ownerId(), ownerUsername, mediaType, productType,
                parentId == null ? container.caption() : null, url, thumbnail, ids.shortcode(), now,
                container.altText(), container.type() != ContainerType.REELS || container.shareToFeed(), parentId);
    }

    // ---- comments

    /**
     * Adds a comment (or a reply, when {@code parent} is given) and notifies a {@code comments} change to the account
     * that owns the media, and to every other account the text @-mentions.
     */
    public synchronized Comment addComment(Media target, String authorId, String authorUsername, String text,
                                           Comment parent) {
        Instant now = now();
        Comment comment = new Comment(ids.comment(), target.id(), parent == null ? null : parent.id(), authorId,
                authorUsername, text, now);
        comments.put(comment.id(), comment);
        List<Account> notified = new ArrayList<>();
        account(target.ownerId()).ifPresent(notified::add);
        accounts.values().stream()
                .filter(a -> !a.userId().equals(target.ownerId()) && Mentions.mentions(text, a.username()))
                .forEach(notified::add);
        for (Account account : notified) {
            emit(WebhookEvents.comment(account.userId(), account.isSubscribed(WebhookFields.COMMENTS), now,
                    comment.id(), authorId, authorUsername, text, target.id(), target.productType(),
                    comment.parentId()));
        }
        return comment;
    }

    /** The comment, unless deleted. */
    public synchronized Optional<Comment> comment(String id) {
        Comment comment = comments.get(id);
        return comment == null || comment.isDeleted() ? Optional.empty() : Optional.of(comment);
    }

    /** Top-level comments of the media, newest first, hidden ones included, deleted ones not. */
    public synchronized List<Comment> topLevelComments(String mediaId) {
        return comments.values().stream()
                .filter(c -> c.mediaId().equals(mediaId) && !c.isReply() && !c.isDeleted())
                .sorted(Comparator.comparing(Comment::timestamp).thenComparing(Comment::id).reversed())
                .toList();
    }

    /** Replies to the comment, oldest first. */
    public synchronized List<Comment> replies(String commentId) {
        return comments.values().stream()
                .filter(c -> commentId.equals(c.parentId()) && !c.isDeleted())
                .sorted(Comparator.comparing(Comment::timestamp).thenComparing(Comment::id))
                .toList();
    }

    /** Comments and replies on the media that are not deleted. */
    public synchronized int commentCount(String mediaId) {
        return (int) comments.values().stream().filter(c -> c.mediaId().equals(mediaId) && !c.isDeleted()).count();
    }

    /** Deletes the comment and its replies. */
    public synchronized void delete(Comment comment) {
        comment.markDeleted();
        comments.values().stream().filter(c -> comment.id().equals(c.parentId())).forEach(Comment::markDeleted);
    }

    /** Adds a comment as it is, without notifying anyone: for seeds that set up history. */
    public synchronized Comment putComment(Comment comment) {
        comments.put(comment.id(), comment);
        return comment;
    }

    // ---- conversations and messages

    /** Adds a message as it is, without notifying anyone: for seeds that set up history. */
    public synchronized Message putMessage(Conversation conversation, Message message) {
        store(conversation, message);
        return message;
    }

    public synchronized Optional<Conversation> conversation(String accountId, String igsid) {
        return conversations.values().stream()
                .filter(c -> c.accountId().equals(accountId) && c.participant().igsid().equals(igsid))
                .findFirst();
    }

    public synchronized Optional<Conversation> conversationById(String id) {
        return Optional.ofNullable(conversations.get(id));
    }

    /** The conversation between the account and the follower, created empty when there is none. */
    public synchronized Conversation openConversation(String accountId, Follower follower) {
        return conversation(accountId, follower.igsid()).orElseGet(() -> {
            Conversation created = new Conversation(ids.conversation(accountId, follower.igsid()), accountId,
                    follower, now());
            conversations.put(created.id(), created);
            return created;
        });
    }

    /** The account's conversations, most recently updated first. */
    public synchronized List<Conversation> conversationsOf(String accountId) {
        return conversations.values().stream().filter(c -> c.accountId().equals(accountId))
                .sorted(Comparator.comparing(Conversation::updatedTime).thenComparing(Conversation::id).reversed())
                .toList();
    }

    public synchronized Optional<Message> message(String mid) {
        return Optional.ofNullable(mid == null ? null : messages.get(mid));
    }

    /** The follower sends a message to the account: opens the messaging windows, notifies {@code messages}. */
    public synchronized Message receive(Conversation conversation, String text, List<Attachment> attachments,
                                        String quickReplyPayload, String replyToMid) {
        Account account = accounts.get(conversation.accountId());
        Follower follower = conversation.participant();
        Message message = new Message(ids.message(account.userId()), conversation.id(), follower.igsid(),
                follower.username(), account.userId(), account.username(), false, now(), text, attachments, List.of(),
                quickReplyPayload, replyToMid, null);
        store(conversation, message);
        emit(WebhookEvents.message(account.userId(), account.isSubscribed(WebhookFields.MESSAGES),
                message.createdTime(), follower.igsid(), account.userId(), webhookMessage(message)));
        return message;
    }

    /** The account sends a message (or a private reply): notifies its echo as {@code messages}. */
    public synchronized Message send(Conversation conversation, String text, List<Attachment> attachments,
                                     List<QuickReply> quickReplies, String privateReplyToCommentId) {
        Account account = accounts.get(conversation.accountId());
        Follower follower = conversation.participant();
        Message message = new Message(ids.message(account.userId()), conversation.id(), account.userId(),
                account.username(), follower.igsid(), follower.username(), true, now(), text, attachments,
                quickReplies, null, null, privateReplyToCommentId);
        store(conversation, message);
        emit(WebhookEvents.message(account.userId(), account.isSubscribed(WebhookFields.MESSAGES),
                message.createdTime(), account.userId(), follower.igsid(), webhookMessage(message)));
        return message;
    }

    private void store(Conversation conversation, Message message) {
        conversation.add(message);
        messages.put(message.mid(), message);
    }

    /** The account reacts to a follower's message ({@code action} react or unreact). Not notified. */
    public synchronized void accountReacts(Message message, String action, String reaction) {
        react(message, message.toId(), action, reaction);
    }

    /** The follower reacts to a message: notifies {@code message_reactions}. */
    public synchronized void followerReacts(Conversation conversation, Message message, String action,
                                            String reaction) {
        String igsid = conversation.participant().igsid();
        react(message, igsid, action, reaction);
        Account account = accounts.get(conversation.accountId());
        emit(WebhookEvents.reaction(account.userId(), account.isSubscribed(WebhookFields.MESSAGE_REACTIONS), now(),
                igsid, message.mid(), action, reaction));
    }

    private static void react(Message message, String userId, String action, String reaction) {
        if ("react".equals(action)) {
            message.reactions().put(userId, reaction);
        } else {
            message.reactions().remove(userId);
        }
    }

    /** The follower saw the thread up to the message: notifies {@code messaging_seen}. */
    public synchronized void followerReads(Conversation conversation, Message message) {
        Account account = accounts.get(conversation.accountId());
        emit(WebhookEvents.read(account.userId(), account.isSubscribed(WebhookFields.MESSAGING_SEEN), now(),
                conversation.participant().igsid(), message.mid()));
    }

    /** The follower tapped a button: opens the window, notifies {@code messaging_postbacks}. */
    public synchronized String followerPostback(Conversation conversation, String title, String payload) {
        Account account = accounts.get(conversation.accountId());
        Instant now = now();
        conversation.touchedByUser(now);
        String mid = ids.message(account.userId());
        emit(WebhookEvents.postback(account.userId(), account.isSubscribed(WebhookFields.MESSAGING_POSTBACKS), now,
                conversation.participant().igsid(), mid, title, payload));
        return mid;
    }

    /** The follower opened the thread from a link or an ad: opens the window, notifies {@code messaging_referral}. */
    public synchronized void followerReferral(Conversation conversation, String ref, String source) {
        Account account = accounts.get(conversation.accountId());
        Instant now = now();
        conversation.touchedByUser(now);
        emit(WebhookEvents.referral(account.userId(), account.isSubscribed(WebhookFields.MESSAGING_REFERRAL), now,
                conversation.participant().igsid(), ref, source));
    }

    /** The follower edited one of their messages: notifies {@code message_edit}. */
    public synchronized void followerEdits(Conversation conversation, Message message, String text) {
        message.edit(text);
        Account account = accounts.get(conversation.accountId());
        emit(WebhookEvents.edit(account.userId(), account.isSubscribed(WebhookFields.MESSAGE_EDIT), now(),
                conversation.participant().igsid(), message.mid(), text, message.editCount()));
    }

    private Map<String, Object> webhookMessage(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mid", message.mid());
        if (message.text() != null) {
            body.put("text", message.text());
        }
        if (!message.attachments().isEmpty()) {
            List<Map<String, Object>> attachments = new ArrayList<>();
            for (Attachment attachment : message.attachments()) {
                attachments.addAll(webhookAttachment(attachment));
            }
            body.put("attachments", attachments);
        }
        if (message.isOutbound()) {
            body.put("is_echo", true);
        }
        if (message.quickReplyPayload() != null) {
            body.put("quick_reply", Map.of("payload", message.quickReplyPayload()));
        }
        if (message.replyToMid() != null) {
            body.put("reply_to", Map.of("mid", message.replyToMid()));
        }
        return body;
    }

    private List<Map<String, Object>> webhookAttachment(Attachment attachment) {
        return switch (attachment.type()) {
            case "MEDIA_SHARE" -> WebhookEvents.attachment("share", media(attachment.mediaId())
                    .map(Media::permalink).orElse(null));
            case "like_heart" -> WebhookEvents.attachment("like_heart", baseUrl + "/sandbox/cdn/like_heart.png");
            default -> WebhookEvents.attachment(attachment.type(), attachment.url());
        };
    }

    // ---- nodes

    /**
     * Finds any node by id: account ({@code user_id} or app-scoped id), media, container, comment, conversation,
     * message, or follower.
     */
    public synchronized Optional<Node> node(String id) {
        Optional<Account> account = account(id);
        if (account.isPresent()) {
            return Optional.of(new Node(NodeKind.ACCOUNT, account.get()));
        }
        if (media.containsKey(id)) {
            return Optional.of(new Node(NodeKind.MEDIA, media.get(id)));
        }
        if (containers.containsKey(id)) {
            return Optional.of(new Node(NodeKind.CONTAINER, containers.get(id)));
        }
        Optional<Comment> comment = comment(id);
        if (comment.isPresent()) {
            return Optional.of(new Node(NodeKind.COMMENT, comment.get()));
        }
        if (conversations.containsKey(id)) {
            return Optional.of(new Node(NodeKind.CONVERSATION, conversations.get(id)));
        }
        if (messages.containsKey(id)) {
            return Optional.of(new Node(NodeKind.MESSAGE, messages.get(id)));
        }
        if (followers.containsKey(id)) {
            return Optional.of(new Node(NodeKind.USER, followers.get(id)));
        }
        return Optional.empty();
    }

    private void emit(WebhookEvent event) {
        events.publish(event);
    }
}
