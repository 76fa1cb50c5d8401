package io.github.camelinstagram.sandbox.state;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * The sandbox's standard world:
 * <ul>
 * <li>{@code sandbox_shop} ({@value #SHOP_ID}, BUSINESS): the primary account, with a long-lived token holding every
 * scope; three posts (an image, a carousel of two images, a reel) with comments, a reply and a hidden comment; a
 * conversation with {@code anna.follower} inside the 24-hour window and one with {@code ben_buyer} outside it (but
 * inside the 7-day HUMAN_AGENT window);</li>
 * <li>{@code sandbox_creator} ({@value #CREATOR_ID}, MEDIA_CREATOR): one post, and a long-lived token with only
 * {@code instagram_business_basic} and {@code instagram_business_content_publish}, to see permission errors;</li>
 * <li>followers {@code anna.follower} ({@value #ANNA}), {@code ben_buyer} ({@value #BEN}) and {@code carla.creates}
 * ({@value #CARLA}); Carla never messaged the shop (her profile needs her consent), and her own post tags and
 * mentions {@code @sandbox_shop}, with a comment by Ben that mentions it too.</li>
 * </ul>
 * No account is subscribed to webhook fields: {@code POST /me/subscribed_apps} (or the control API) does that.
 */
public final class DefaultSeed implements Seed {

    public static final String SHOP_ID = "17841400000000001";
    public static final String CREATOR_ID = "17841400000000002";
    public static final String ANNA = "7000000000000101";
    public static final String BEN = "7000000000000102";
    public static final String CARLA = "7000000000000103";

    @Override
    public void populate(Sandbox sandbox) {
        Instant now = sandbox.now();
        String cdn = sandbox.baseUrl() + "/sandbox/cdn/";
        Account shop = sandbox.addAccount(new Account(SHOP_ID, "26000000000000001", "sandbox_shop", "Sandbox Shop",
                "BUSINESS", cdn + "sandbox_shop.jpg", 1280, 180));
        Account creator = sandbox.addAccount(new Account(CREATOR_ID, "26000000000000002", "sandbox_creator",
                "Sandbox Creator", "MEDIA_CREATOR", cdn + "sandbox_creator.jpg", 540, 320));
        Follower anna = sandbox.addFollower(new Follower(ANNA, "anna.follower", "Anna Follower", cdn + "anna.jpg",
                312, true, false, false));
        Follower ben = sandbox.addFollower(new Follower(BEN, "ben_buyer", "Ben Buyer", cdn + "ben.jpg", 89, true,
                true, false));
        Follower carla = sandbox.addFollower(new Follower(CARLA, "carla.creates", "Carla Creates", cdn + "carla.jpg",
                15200, true, true, true));

        AccessToken shopToken = sandbox.issueToken(shop.userId(), TokenKind.LONG_LIVED, Scope.all(), now);
        sandbox.issueToken(creator.userId(), TokenKind.LONG_LIVED, EnumSet.of(Scope.BASIC, Scope.CONTENT_PUBLISH),
                now);
        sandbox.setPrimary(shop.userId(), shopToken.value());

        IdGenerator ids = sandbox.ids();
        Media tote = sandbox.addMedia(image(ids, shop.userId(), shop.username(),
                "New in: the blue canvas tote \ud83d\udc99 #tote #sandbox", cdn, now.minus(Duration.ofDays(3)), 42));
        Media album = new Media(ids.media(), shop.userId(), shop.username(), "CAROUSEL_ALBUM", "FEED",
                "Behind the scenes at the workshop", null, null, ids.shortcode(), now.minus(Duration.ofDays(2)), null,
                true, null);
        for (int i = 1; i <= 2; i++) {
            String childId = ids.media();
            album.children().add(new Media(childId, shop.userId(), shop.username(), "IMAGE", "FEED", null,
                    cdn + childId + ".jpg", null, ids.shortcode(), album.timestamp(), null, true, album.id()));
        }
        album.setLikeCount(17);
        sandbox.addMedia(album);
        String reelId = ids.media();
        Media reel = sandbox.addMedia(new Media(reelId, shop.userId(), shop.username(), "VIDEO", "REELS",
                "How we pack your order \ud83d\udce6", cdn + reelId + ".mp4", cdn + reelId + ".jpg", ids.shortcode(),
                now.minus(Duration.ofDays(1)), null, true, null));
        Media carlaPost = image(ids, carla.igsid(), carla.username(),
                "Unboxing my new tote from @sandbox_shop \u2728", cdn, now.minus(Duration.ofHours(20)), 230);
        carlaPost.taggedUsernames().add(shop.username());
        sandbox.addMedia(carlaPost);
        sandbox.addMedia(image(ids, creator.userId(), creator.username(), "Sketching today", cdn,
                now.minus(Duration.ofDays(1)), 8));

        Comment question = comment(sandbox, tote, anna.igsid(), anna.username(),
                "Love it! \ud83d\ude0d Is it waterproof?", null, now.minus(Duration.ofDays(2)));
        comment(sandbox, tote, shop.userId(), shop.username(), "@anna.follower Yes, fully waterproof!", question,
                now.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(30)));
        comment(sandbox, tote, ben.igsid(), ben.username(), "How much is shipping to Canada?", null,
                now.minus(Duration.ofDays(1)));
        comment(sandbox, tote, ben.igsid(), ben.username(), "Follow me for free followers!!!", null,
                now.minus(Duration.ofHours(30))).setHidden(true);
        comment(sandbox, reel, anna.igsid(), anna.username(), "\ud83d\udd25\ud83d\udd25\ud83d\udd25", null,
                now.minus(Duration.ofHours(5)));
        comment(sandbox, carlaPost, ben.igsid(), ben.username(), "@sandbox_shop do you have it in red?", null,
                now.minus(Duration.ofHours(10)));

        Conversation withAnna = sandbox.openConversation(shop.userId(), anna);
        message(sandbox, withAnna, false, "Hi! Is the blue tote still in stock?", now.minus(Duration.ofHours(2)));
        message(sandbox, withAnna, true, "Hi Anna! Yes, we have 3 left.",
                now.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(10)));
        Conversation withBen = sandbox.openConversation(shop.userId(), ben);
        message(sandbox, withBen, false, "Do you ship abroad?", now.minus(Duration.ofDays(3)));
    }

    private static Media image(IdGenerator ids, String ownerId, String ownerUsername, String caption, String cdn,
                               Instant at, int likes) {
        String id = ids.media();
        Media media = new Media(id, ownerId, ownerUsername, "IMAGE", "FEED", caption, cdn + id + ".jpg", null,
                ids.shortcode(), at, null, true, null);
        media.setLikeCount(likes);
        return media;
    }

    private static Comment comment(Sandbox sandbox, Media media, String authorId, String username, String text,
                                   Comment parent, Instant at) {
        return sandbox.putComment(new Comment(sandbox.ids().comment(), media.id(), parent == null ? null : parent.id(),
                authorId, username, text, at));
    }

    private static void message(Sandbox sandbox, Conversation conversation, boolean outbound, String text,
                                Instant at) {
        Account account = sandbox.account(conversation.accountId()).orElseThrow();
        Follower follower = conversation.participant();
        String mid = sandbox.ids().message(account.userId());
        Message message = outbound
                ? new Message(mid, conversation.id(), account.userId(), account.username(), follower.igsid(),
                        follower.username(), true, at, text, List.of(), List.of(), null, null, null)
                : new Message(mid, conversation.id(), follower.igsid(), follower.username(), account.userId(),
                        account.username(), false, at, text, List.of(), List.of(), null, null, null);
        sandbox.putMessage(conversation, message);
    }
}
