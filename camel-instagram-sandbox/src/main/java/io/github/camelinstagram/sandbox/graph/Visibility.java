package io.github.camelinstagram.sandbox.graph;

import io.github.camelinstagram.sandbox.state.Account;
import io.github.camelinstagram.sandbox.state.Comment;
import io.github.camelinstagram.sandbox.state.Media;
import io.github.camelinstagram.sandbox.state.Mentions;
import io.github.camelinstagram.sandbox.state.Sandbox;

/**
 * Which objects an account reaches through the API: its own media (and their children and comments), media of
 * others that tag or mention it, and comments that mention it. Anything else answers 100/33 as if it did not exist.
 */
final class Visibility {

    private final Sandbox sandbox;

    Visibility(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Whether the account owns the media (or the carousel it is a child of). */
    boolean owns(Account account, Media media) {
        if (media.isChild()) {
            return sandbox.media(media.parentId()).map(parent -> owns(account, parent)).orElse(false);
        }
        return media.ownerId().equals(account.userId());
    }

    /** Whether the media mentions the account: tagged, @-mentioned in its caption or in one of its comments. */
    boolean mentions(Account account, Media media) {
        return media.taggedUsernames().stream().anyMatch(u -> u.equalsIgnoreCase(account.username()))
               || media.captionMentions(account.username())
               || sandbox.topLevelComments(media.id()).stream().anyMatch(c -> mentions(account, c))
               || sandbox.topLevelComments(media.id()).stream()
                       .flatMap(c -> sandbox.replies(c.id()).stream()).anyMatch(c -> mentions(account, c));
    }

    boolean canSee(Account account, Media media) {
        return owns(account, media) || mentions(account, media);
    }

    /** Whether the comment is on the account's media (the account moderates it). */
    boolean moderates(Account account, Comment comment) {
        return sandbox.media(comment.mediaId()).map(m -> owns(account, m)).orElse(false);
    }

    boolean mentions(Account account, Comment comment) {
        return Mentions.mentions(comment.text(), account.username());
    }

    boolean canSee(Account account, Comment comment) {
        return moderates(account, comment) || mentions(account, comment)
               || comment.authorId().equals(account.userId())
               || comment.isReply() && sandbox.comment(comment.parentId()).map(p -> mentions(account, p)).orElse(false);
    }
}
