package io.github.camelinstagram;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.model.Comment;
import io.github.camelinstagram.model.IdResponse;
import io.github.camelinstagram.model.InstagramAccount;
import io.github.camelinstagram.model.InstagramUser;
import io.github.camelinstagram.model.Media;
import io.github.camelinstagram.model.SuccessResponse;
import io.github.camelinstagram.tokens.StoredToken;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of this issue sends the documented method, path and parameters, with the token as a Bearer header and
 * never in the URL, and turns the answer into the documented body and headers.
 */
class OperationsWireTest extends WireMockTestSupport {

    private static final String BEARER = "Bearer " + TOKEN;

    private static Exchange ok(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new AssertionError("exchange failed", exchange.getException());
        }
        return exchange;
    }

    @Test
    void getProfileResolvesTheAccountOnceThenReadsIt() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json(
                "{\"user_id\":\"" + ACCOUNT + "\",\"username\":\"shop\",\"name\":\"Shop\",\"account_type\":\"BUSINESS\","
                + "\"followers_count\":1200,\"follows_count\":10,\"media_count\":42,\"unknown_new_field\":true}")));

        Exchange first = ok(send("instagram:getProfile", null));
        ok(send("instagram:getProfile", null));

        InstagramAccount account = first.getMessage().getBody(InstagramAccount.class);
        assertEquals("shop", account.getUsername());
        assertEquals(1200L, account.getFollowersCount());
        assertEquals("BUSINESS", account.getAccountType());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/v25.0/me"))
                .withQueryParam("fields", equalTo("user_id,username")).withHeader("Authorization", equalTo(BEARER)));
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT))
                .withQueryParam("fields", equalTo("user_id,username,name,account_type,profile_picture_url,"
                                                  + "followers_count,follows_count,media_count"))
                .withHeader("Authorization", equalTo(BEARER)).withQueryParam("access_token", absent()));
        assertTokenNeverInUrl();
    }

    @Test
    void configuredAccountIdIsUsedWithoutAskingMe() {
        stub(get(urlPathEqualTo("/v24.0/555")).willReturn(json("{\"user_id\":\"555\",\"username\":\"other\"}")));

        Exchange exchange = ok(send("instagram:getProfile?accountId=555&apiVersion=v24.0&baseUrl=" + wireMock.baseUrl()
                                    + "/", null));

        assertEquals("other", exchange.getMessage().getBody(InstagramAccount.class).getUsername());
        assertEquals(0, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/me"))).size());
        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo("/v24.0/555"))).size());
    }

    @Test
    void accountHeaderSelectsThatAccountsStoredToken() {
        context.getComponent("instagram", InstagramComponent.class).getTokenStore()
                .save(StoredToken.configured("777", "IGAAtenantSevenToken777", Instant.now()));
        stub(get(urlPathEqualTo("/v24.0/777")).willReturn(json("{\"user_id\":\"777\",\"username\":\"tenant\"}")));

        Exchange exchange = ok(send("instagram:getProfile?apiVersion=v24.0", null,
                InstagramConstants.ACCOUNT_ID, "777"));

        assertEquals("tenant", exchange.getMessage().getBody(InstagramAccount.class).getUsername());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v24.0/777"))
                .withHeader("Authorization", equalTo("Bearer IGAAtenantSevenToken777")));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/v25.0/me")));
    }

    @Test
    void unknownAccountIsAClearErrorAfterCheckingTheConfiguredTokensAccount() {
        Exchange exchange = send("instagram:getProfile", null, InstagramConstants.ACCOUNT_ID, "404404");

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("No token for Instagram account 404404"), error.getMessage());
        assertEquals(1, requestCount(), "only the /me of the configured token, to see which account it acts as");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/v25.0/me")));
    }

    @Test
    void webhookAccountHeaderUsesTheConfiguredTokenOfThatAccount() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")));

        Exchange exchange = ok(send("instagram:getProfile", null, InstagramConstants.ACCOUNT_ID, ACCOUNT));

        assertEquals("shop", exchange.getMessage().getBody(InstagramAccount.class).getUsername());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT)).withHeader("Authorization",
                equalTo(BEARER)));
    }

    @Test
    void textOperationsRefuseANonTextBodyInsteadOfPostingItsJson() {
        Exchange exchange = send("instagram:reply", Map.of("event", "a webhook event left in the body"),
                InstagramConstants.COMMENT_ID, "c1");

        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, exchange.getException());
        assertTrue(error.getMessage().contains("set the text as the body first"), error.getMessage());
        assertEquals(0, requestCount());
    }

    @Test
    void outputHeadersOfAnEarlierCallAreNotLeftBehind() {
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).willReturn(json("{\"id\":\"r1\"}")
                .withHeader("X-App-Usage", "{\"call_count\":42}")));
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\"}")));

        Exchange exchange = template.send("instagram:reply", e -> {
            e.getMessage().setBody("thanks");
            e.getMessage().setHeader(InstagramConstants.COMMENT_ID, "c1");
        });
        Exchange next = exchange.copy();
        template.send("instagram:getComment", next);

        assertEquals("r1", exchange.getMessage().getHeader(InstagramConstants.ID));
        assertEquals(42, exchange.getMessage().getHeader(InstagramConstants.RATE_LIMIT_USAGE));
        assertNull(next.getException());
        assertNull(next.getMessage().getHeader(InstagramConstants.ID), "getComment created nothing");
        assertNull(next.getMessage().getHeader(InstagramConstants.RATE_LIMIT_USAGE), "no usage reported this time");
    }

    @Test
    void accessTokenHeaderOverridesTheConfiguredToken() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT)).willReturn(json("{\"username\":\"shop\"}")));

        ok(send("instagram:getProfile", null, InstagramConstants.ACCESS_TOKEN, "IGAAotherTenantToken1234"));

        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/me"))
                .withHeader("Authorization", equalTo("Bearer IGAAotherTenantToken1234")));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/v25.0/me")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void operationHeaderOverridesTheUri() {
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"id\":\"c1\",\"text\":\"hi\"}")));

        Exchange exchange = ok(send("instagram:getProfile", null, InstagramConstants.OPERATION, "getComment",
                InstagramConstants.COMMENT_ID, "c1"));

        assertEquals("hi", exchange.getMessage().getBody(Comment.class).getText());
    }

    @Test
    void getUserProfileUsesRecipientElseSender() {
        stub(get(urlPathEqualTo("/v25.0/111")).willReturn(json(
                "{\"name\":\"Ann\",\"username\":\"ann\",\"is_verified_user\":true,\"follower_count\":5,"
                + "\"is_user_follow_business\":true}")));
        stub(get(urlPathEqualTo("/v25.0/222")).willReturn(json("{\"username\":\"bob\"}")));

        InstagramUser ann = ok(send("instagram:getUserProfile", null, InstagramConstants.RECIPIENT_ID, "111",
                InstagramConstants.SENDER_ID, "222")).getMessage().getBody(InstagramUser.class);
        InstagramUser bob = ok(send("instagram:getUserProfile", null, InstagramConstants.SENDER_ID, "222"))
                .getMessage().getBody(InstagramUser.class);

        assertEquals("ann", ann.getUsername());
        assertTrue(ann.getVerifiedUser());
        assertTrue(ann.getUserFollowsBusiness());
        assertEquals("bob", bob.getUsername());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/111")).withQueryParam("fields", equalTo(
                "name,username,profile_pic,follower_count,is_user_follow_business,is_business_follow_user,"
                + "is_verified_user")));
    }

    @Test
    void subscribeWebhooksPostsTheFields() {
        stub(post(urlPathEqualTo("/v25.0/me/subscribed_apps")).willReturn(json("{\"success\":true}")));

        Exchange exchange = ok(send("instagram:subscribeWebhooks?subscribedFields=comments, messages,message_reactions",
                null));

        assertTrue(exchange.getMessage().getBody(SuccessResponse.class).isSuccess());
        wireMock.verify(postRequestedFor(urlPathEqualTo("/v25.0/me/subscribed_apps"))
                .withQueryParam("subscribed_fields", equalTo("comments,messages,message_reactions"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void listMediaPagesWithCursors() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/media")).willReturn(json(
                "{\"data\":[{\"id\":\"m1\",\"media_type\":\"IMAGE\",\"is_comment_enabled\":true},{\"id\":\"m2\"}],"
                + "\"paging\":{\"cursors\":{\"before\":\"B\",\"after\":\"AFTER1\"},\"next\":\"https://x/next\"}}")));

        Exchange first = ok(send("instagram:listMedia?pageSize=2", null));
        @SuppressWarnings("unchecked")
        List<Media> media = first.getMessage().getBody(List.class);
        assertEquals(2, media.size());
        assertEquals("m1", media.get(0).getId());
        assertTrue(media.get(0).getCommentEnabled());
        assertEquals("AFTER1", first.getMessage().getHeader(InstagramConstants.NEXT_CURSOR));

        wireMock.resetRequests();
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/media")).willReturn(json(
                "{\"data\":[{\"id\":\"m3\"}],\"paging\":{\"cursors\":{\"before\":\"B2\",\"after\":\"LAST\"}}}")));
        Exchange last = ok(send("instagram:listMedia?pageSize=2", null, InstagramConstants.CURSOR, "AFTER1",
                InstagramConstants.NEXT_CURSOR, "stale"));

        assertNull(last.getMessage().getHeader(InstagramConstants.NEXT_CURSOR), "no next page: no cursor");
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/media"))
                .withQueryParam("after", equalTo("AFTER1")).withQueryParam("limit", equalTo("2"))
                .withQueryParam("fields", equalTo("id,caption,media_type,media_product_type,media_url,permalink,"
                                                  + "shortcode,thumbnail_url,timestamp,username,comments_count,"
                                                  + "like_count,is_comment_enabled")));
    }

    @Test
    void getMediaWithFieldsOverride() {
        stub(get(urlPathEqualTo("/v25.0/m1")).willReturn(json(
                "{\"id\":\"m1\",\"caption\":\"Hello\",\"children\":{\"data\":[{\"id\":\"c1\"},{\"id\":\"c2\"}]}}")));

        Media media = ok(send("instagram:getMedia?fields=id, caption,children", null, InstagramConstants.MEDIA_ID,
                "m1")).getMessage().getBody(Media.class);

        assertEquals("Hello", media.getCaption());
        assertEquals(2, media.getChildren().getData().size());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/m1"))
                .withQueryParam("fields", equalTo("id,caption,children")));
    }

    @Test
    void listTaggedMedia() {
        stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/tags")).willReturn(json(
                "{\"data\":[{\"id\":\"t1\",\"username\":\"fan\"}]}")));

        Exchange exchange = ok(send("instagram:listTaggedMedia", null, InstagramConstants.CURSOR, "C9"));

        assertEquals("fan", ((Media) exchange.getMessage().getBody(List.class).get(0)).getUsername());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/tags"))
                .withQueryParam("after", equalTo("C9")).withQueryParam("limit", absent()));
    }

    @Test
    void listCommentsGetCommentListReplies() {
        stub(get(urlPathEqualTo("/v25.0/m1/comments")).willReturn(json(
                "{\"data\":[{\"id\":\"c1\",\"text\":\"nice\",\"timestamp\":\"2017-08-31T19:16:02+0000\","
                + "\"from\":{\"id\":\"5\",\"username\":\"fan\"},\"hidden\":false}]}")));
        stub(get(urlPathEqualTo("/v25.0/c1")).willReturn(json(
                "{\"id\":\"c1\",\"text\":\"nice\",\"media\":{\"id\":\"m1\",\"media_product_type\":\"REELS\"},"
                + "\"like_count\":3}")));
        stub(get(urlPathEqualTo("/v25.0/c1/replies")).willReturn(json(
                "{\"data\":[{\"id\":\"r1\",\"text\":\"thanks\",\"parent_id\":\"c1\"}]}")));

        Comment listed = (Comment) ok(send("instagram:listComments", null, InstagramConstants.MEDIA_ID, "m1"))
                .getMessage().getBody(List.class).get(0);
        Comment single = ok(send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1")).getMessage()
                .getBody(Comment.class);
        Comment reply = (Comment) ok(send("instagram:listReplies", null, InstagramConstants.COMMENT_ID, "c1"))
                .getMessage().getBody(List.class).get(0);

        assertEquals("fan", listed.getFrom().getUsername());
        assertFalse(listed.getHidden());
        assertEquals("REELS", single.getMedia().getMediaProductType());
        assertEquals(3L, single.getLikeCount());
        assertEquals("c1", reply.getParentId());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/c1")).withQueryParam("fields", equalTo(
                "id,text,timestamp,username,from{id,username},hidden,like_count,media{id,media_product_type},"
                + "parent_id")));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v25.0/m1/comments")).withHeader("Authorization",
                equalTo(BEARER)));
        assertTokenNeverInUrl();
    }

    @Test
    void replyAndPostCommentSendTheBodyAsMessage() {
        stub(post(urlPathEqualTo("/v25.0/c1/replies")).willReturn(json("{\"id\":\"r9\"}")));
        stub(post(urlPathEqualTo("/v25.0/m1/comments")).willReturn(json("{\"id\":\"c9\"}")));

        Exchange reply = ok(send("instagram:reply", "Thanks & welcome! ✨", InstagramConstants.COMMENT_ID, "c1"));
        Exchange comment = ok(send("instagram:postComment", "First!", InstagramConstants.MEDIA_ID, "m1"));

        assertEquals("r9", reply.getMessage().getHeader(InstagramConstants.ID));
        assertEquals("r9", reply.getMessage().getBody(IdResponse.class).getId());
        assertEquals("c9", comment.getMessage().getHeader(InstagramConstants.ID));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/v25.0/c1/replies"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withHeader("Authorization", equalTo(BEARER))
                .withFormParam("message", equalTo("Thanks & welcome! ✨")));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/v25.0/m1/comments"))
                .withFormParam("message", equalTo("First!")));
        assertTokenNeverInUrl();
    }

    @Test
    void replyToMentionWithAndWithoutComment() {
        stub(post(urlPathEqualTo("/v25.0/" + ACCOUNT + "/mentions")).willReturn(json("{\"id\":\"x1\"}")));

        ok(send("instagram:replyToMention", "Thanks for the mention", InstagramConstants.MEDIA_ID, "m7",
                InstagramConstants.COMMENT_ID, "c7"));
        ok(send("instagram:replyToMention", "Thanks!", InstagramConstants.MEDIA_ID, "m8"));

        wireMock.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/mentions"))
                .withFormParam("media_id", equalTo("m7")).withFormParam("comment_id", equalTo("c7"))
                .withFormParam("message", equalTo("Thanks for the mention")));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT + "/mentions"))
                .withFormParam("media_id", equalTo("m8")).withFormParam("comment_id", absent()));
    }

    @Test
    void moderationOperations() {
        stub(post(urlPathEqualTo("/v25.0/c1")).willReturn(json("{\"success\":true}")));
        stub(delete(urlPathEqualTo("/v25.0/c2")).willReturn(json("{\"success\":true}")));
        stub(post(urlPathEqualTo("/v25.0/m1")).willReturn(json("{\"success\":true}")));

        ok(send("instagram:hideComment", null, InstagramConstants.COMMENT_ID, "c1"));
        ok(send("instagram:unhideComment", null, InstagramConstants.COMMENT_ID, "c1"));
        Exchange deleted = ok(send("instagram:deleteComment", null, InstagramConstants.COMMENT_ID, "c2"));
        ok(send("instagram:disableComments", null, InstagramConstants.MEDIA_ID, "m1"));
        ok(send("instagram:enableComments", null, InstagramConstants.MEDIA_ID, "m1"));

        assertInstanceOf(SuccessResponse.class, deleted.getMessage().getBody());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/c1")).withFormParam("hide", equalTo("true")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/c1")).withFormParam("hide", equalTo("false")));
        wireMock.verify(1, deleteRequestedFor(urlPathEqualTo("/v25.0/c2")).withHeader("Authorization",
                equalTo(BEARER)));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/m1"))
                .withFormParam("comment_enabled", equalTo("false")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/v25.0/m1"))
                .withFormParam("comment_enabled", equalTo("true")));
        assertTokenNeverInUrl();
    }

    @Test
    void idsAreEncodedAsOnePathSegment() {
        stub(get(urlPathEqualTo("/v25.0/a%2F..%2Fme")).willReturn(json("{\"id\":\"weird\"}")));

        Exchange exchange = ok(send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "a/../me"));

        assertEquals("weird", exchange.getMessage().getBody(Comment.class).getId());
    }
}
