package io.github.camelinstagram.sandbox.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.sandbox.state.AccessToken;
import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Attachment;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Conversation;
import io.github.camelinstagram.sandbox.state.Follower;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Mentions;
import io.github.camelinstagram.sandbox.state.Message;
import io.github.camelinstagram.sandbox.state.Sandbox;
import io.github.camelinstagram.sandbox.state.Scope;
import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * The control API's JSON views of the state: accounts with their tokens and subscriptions, an account's media with
 * their comments (hidden ones marked, deleted ones gone, as the API sees them), and its conversations. Used under the
 * sandbox lock.
 */
final class ControlViews {

    private final Sandbox sandbox;

    ControlViews(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    List<Map<String, Object>> accounts() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Account account : sandbox.accounts()) {
            List<Map<String, Object>> tokens = new ArrayList<>();
            for (AccessToken token : sandbox.tokensOf(account.userId())) {
                tokens.add(Ordered.map("accessToken", token.value(), "kind", token.kind().name(),
                        "issuedAt", token.issuedAt().toString(), "expiresAt", token.expiresAt().toString(),
                        "expired", token.isExpired(sandbox.now()), "invalidatedSubcode", token.invalidatedSubcode(),
                        "scopes", token.scopes().stream().map(Scope::permission).toList()));
            }
            out.add(Ordered.map("id", account.userId(), "appScopedId", account.appScopedId(),
                    "username", account.username(), "name", account.name(), "accountType", account.accountType(),
                    "subscribedFields", List.copyOf(account.subscribedFields()), "tokens", tokens));
        }
        return out;
    }

    List<Map<String, Object>> followers() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Follower follower : sandbox.followers()) {
            out.add(Ordered.map("id", follower.igsid(), "username", follower.username(), "name", follower.name()));
        }
        return out;
    }

    /** The account's media, then media of others that tag or mention it. */
    List<Map<String, Object>> media(Account account) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Media media : sandbox.mediaOf(account.userId(), false)) {
            out.add(media(media, true));
        }
        for (Media media : sandbox.mediaOf(account.userId(), true)) {
            out.add(media(media, true));
        }
        for (Follower follower : sandbox.followers()) {
            for (Media media : sandbox.mediaOf(follower.igsid(), false)) {
                if (mentions(account, media)) {
                    out.add(media(media, false));
                }
            }
        }
        return out;
    }

    private boolean mentions(Account account, Media media) {
        return media.captionMentions(account.username())
               || media.taggedUsernames().stream().anyMatch(u -> u.equalsIgnoreCase(account.username()))
               || sandbox.topLevelComments(media.id()).stream().anyMatch(c -> Mentions.mentions(c.text(),
                       account.username()));
    }

    private Map<String, Object> media(Media media, boolean own) {
        List<Map<String, Object>> comments = new ArrayList<>();
        for (Comment comment : sandbox.topLevelComments(media.id())) {
            Map<String, Object> view = comment(comment);
            view.put("replies", sandbox.replies(comment.id()).stream().map(this::comment).toList());
            comments.add(view);
        }
        return Ordered.map("id", media.id(), "own", own, "owner", media.ownerUsername(), "caption", media.caption(),
                "mediaType", media.mediaType(), "productType", media.productType(), "permalink", media.permalink(),
                "timestamp", media.timestamp().toString(), "commentEnabled", media.isCommentEnabled(),
                "comments", comments);
    }

    private Map<String, Object> comment(Comment comment) {
        return Ordered.map("id", comment.id(), "from", Ordered.map("id", comment.authorId(), "username",
                comment.authorUsername()), "text", comment.text(), "timestamp", comment.timestamp().toString(),
                "hidden", comment.isHidden(), "parentId", comment.parentId(),
                "privatelyReplied", comment.isPrivatelyReplied());
    }

    List<Map<String, Object>> conversations(Account account) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Conversation conversation : sandbox.conversationsOf(account.userId())) {
            Follower follower = conversation.participant();
            List<Map<String, Object>> messages = new ArrayList<>();
            for (Message message : conversation.messages()) {
                messages.add(Ordered.map("mid", message.mid(), "outbound", message.isOutbound(),
                        "from", Ordered.map("id", message.fromId(), "username", message.fromUsername()),
                        "text", message.text(), "attachments", attachments(message.attachments()),
                        "createdTime", message.createdTime().toString(), "reactions", message.reactions(),
                        "edits", message.editCount(), "privateReplyTo", message.privateReplyToCommentId()));
            }
            out.add(Ordered.map("id", conversation.id(), "participant", Ordered.map("id", follower.igsid(),
                    "username", follower.username(), "name", follower.name()),
                    "updatedTime", conversation.updatedTime().toString(),
                    "windowOpen", conversation.isOpen(sandbox.now(), Conversation.STANDARD_WINDOW),
                    "humanAgentWindowOpen", conversation.isOpen(sandbox.now(), Conversation.HUMAN_AGENT_WINDOW),
                    "messages", messages));
        }
        return out;
    }

    private static List<Map<String, Object>> attachments(List<Attachment> attachments) {
        return attachments.stream().map(a -> Ordered.map("type", a.type(), "url", a.url(), "mediaId", a.mediaId()))
                .toList();
    }
}
