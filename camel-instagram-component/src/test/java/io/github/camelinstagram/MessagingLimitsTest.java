package io.github.camelinstagram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelinstagram.error.InstagramThrottledException;
import io.github.camelinstagram.ratelimit.MessagingQuota;
import io.github.camelinstagram.ratelimit.MessagingRateLimiter;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each messaging operation counts against its documented per-account limit, and the limits hold calls back.
 */
class MessagingLimitsTest {

    private static final String USER = "5614879045272581";

    @Nested
    class QuotaOfEachOperation extends WireMockTestSupport {

        private final List<String> taken = new CopyOnWriteArrayList<>();

        @Override
        protected void configure(InstagramConfiguration configuration) {
            configuration.setAccountId(ACCOUNT);
        }

        @Override
        protected void configureComponent(InstagramComponent component) {
            component.setMessagingRateLimiter(new MessagingRateLimiter() {
                @Override
                public CompletableFuture<Void> acquire(String account, MessagingQuota quota, long maxWaitMillis) {
                    taken.add(account + ":" + quota);
                    return CompletableFuture.completedFuture(null);
                }

                @Override
                public Departure depart(String account, MessagingQuota quota) {
                    return new Departure() {
                        @Override
                        public long waitMillis() {
                            return 0;
                        }

                        @Override
                        public void arrived() {
                            // nothing to record
                        }
                    };
                }
            });
        }

        @Test
        void quotas() {
            stub(post(urlPathMatching("/v25.0/" + ACCOUNT + "/messages")).willReturn(json(
                    "{\"recipient_id\":\"" + USER + "\",\"message_id\":\"m\"}")));
            stub(get(urlPathMatching("/v25.0/.*")).willReturn(json("{\"data\":[]}")));

            send("instagram:sendMessage", "hi", InstagramConstants.RECIPIENT_ID, USER);
            send("instagram:sendMessage", null, InstagramConstants.RECIPIENT_ID, USER,
                    InstagramConstants.ATTACHMENT_TYPE, "video", InstagramConstants.ATTACHMENT_URL, "https://x/v.mp4");
            send("instagram:sendMessage", null, InstagramConstants.RECIPIENT_ID, USER,
                    InstagramConstants.ATTACHMENT_TYPE, "image", InstagramConstants.ATTACHMENT_URL, "https://x/i.jpg");
            send("instagram:privateReply", "psst", InstagramConstants.COMMENT_ID, "c1");
            send("instagram:privateReply", "psst", InstagramConstants.COMMENT_ID, "c2", InstagramConstants.FIELD,
                    "live_comments");
            send("instagram:react", null, InstagramConstants.RECIPIENT_ID, USER, InstagramConstants.MESSAGE_ID, "m");
            send("instagram:sendAction", null, InstagramConstants.RECIPIENT_ID, USER,
                    InstagramConstants.SENDER_ACTION, "typing_on");
            send("instagram:listConversations", null);
            send("instagram:listMessages", null, InstagramConstants.CONVERSATION_ID, "conv");
            send("instagram:getMessage", null, InstagramConstants.MESSAGE_ID, "m");
            send("instagram:getComment", null, InstagramConstants.COMMENT_ID, "c1");
            send("instagram:sendMessage?rateLimiting=false", "unpaced", InstagramConstants.RECIPIENT_ID, USER);

            String a = ACCOUNT + ":";
            assertEquals(List.of(a + "SEND", a + "SEND_AUDIO_VIDEO", a + "SEND", a + "PRIVATE_REPLY",
                    a + "PRIVATE_REPLY_LIVE", a + "SEND", a + "SEND", a + "CONVERSATIONS", a + "CONVERSATIONS",
                    a + "CONVERSATIONS"), taken, "getComment counts against no messaging limit; rateLimiting=false"
                                                  + " takes no permit");
        }
    }

    @Nested
    class RealLimits extends WireMockTestSupport {

        @Override
        protected void configure(InstagramConfiguration configuration) {
            configuration.setAccountId(ACCOUNT);
        }

        @Override
        protected void configureComponent(InstagramComponent component) {
            component.setConversationsRateLimit(4);
        }

        @Test
        void conversationCallsReachTheApiSpacedByTheLimit() {
            stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/conversations")).willReturn(json("{\"data\":[]}")));

            long start = System.currentTimeMillis();
            List<CompletableFuture<Exchange>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(template.asyncSend("instagram:listConversations", e -> { }));
            }
            calls.forEach(call -> assertNull(call.join().getException()));

            List<Long> arrivals = wireMock.findAll(getRequestedFor(urlPathEqualTo("/v25.0/" + ACCOUNT
                                                                                  + "/conversations")))
                    .stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
            long span = arrivals.get(4) - start;
            assertTrue(span >= 1_000, "at 4/s the fifth call cannot reach the API before 4 x 252 ms, came after "
                                      + span + " ms");
        }

    }

    @Nested
    class FailFast extends WireMockTestSupport {

        @Override
        protected void configure(InstagramConfiguration configuration) {
            configuration.setAccountId(ACCOUNT);
        }

        @Override
        protected void configureComponent(InstagramComponent component) {
            component.setConversationsRateLimit(1);
        }

        @Test
        void failFastRefusesACallThatWouldWait() {
            stub(get(urlPathEqualTo("/v25.0/" + ACCOUNT + "/conversations")).willReturn(json("{\"data\":[]}")));

            Exchange first = send("instagram:listConversations?rateLimitFailFast=true", null);
            Exchange second = send("instagram:listConversations?rateLimitFailFast=true", null);

            assertNull(first.getException());
            InstagramThrottledException error = assertInstanceOf(InstagramThrottledException.class,
                    second.getException());
            assertTrue(error.getMessage().contains("not sent"), error.getMessage());
            assertEquals(1, requestCount());
        }
    }
}
