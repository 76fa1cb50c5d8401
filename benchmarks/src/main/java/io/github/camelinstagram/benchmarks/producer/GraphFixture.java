package io.github.camelinstagram.benchmarks.producer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The values shared by the stub Graph API and both of its clients: ids, token, request parts and canned answers.
 */
public final class GraphFixture {

    static final String HOST = "127.0.0.1";
    public static final String API_VERSION = "v25.0";
    public static final String ACCESS_TOKEN = "IGAAbenchmarkToken0123456789";
    public static final String ACCOUNT_ID = "17841400000000001";
    static final String COMMENT_ID = "17895000000000001";
    static final String REPLY_ID = "17900000000000001";
    static final String USERNAME = "bench";
    static final String REPLY_TEXT = "Thanks for your comment!";

    /** The {@code fields} that the component's getProfile asks for by default. */
    static final String PROFILE_FIELDS
            = "user_id,username,name,account_type,profile_picture_url,followers_count,follows_count,media_count";

    /** Path and query of getProfile, encoded as the component encodes them. */
    static final String PROFILE_PATH_AND_QUERY = "/" + API_VERSION + "/" + ACCOUNT_ID + "?fields="
                                                 + URLEncoder.encode(PROFILE_FIELDS, StandardCharsets.UTF_8);
    /** Path of reply. */
    static final String REPLY_PATH = "/" + API_VERSION + "/" + COMMENT_ID + "/replies";
    /** Form body of reply, encoded as the component encodes it. */
    static final String REPLY_FORM = "message=" + URLEncoder.encode(REPLY_TEXT, StandardCharsets.UTF_8);

    static final String USAGE_HEADER = "X-App-Usage";
    static final String USAGE = "{\"call_count\":5,\"total_time\":5,\"total_cputime\":5}";

    static final byte[] PROFILE_JSON = ("{\"user_id\":\"" + ACCOUNT_ID + "\",\"username\":\"" + USERNAME + "\","
                                        + "\"name\":\"Bench\",\"account_type\":\"BUSINESS\",\"followers_count\":1,"
                                        + "\"follows_count\":2,\"media_count\":3}").getBytes(StandardCharsets.UTF_8);
    static final byte[] REPLY_JSON = ("{\"id\":\"" + REPLY_ID + "\"}").getBytes(StandardCharsets.UTF_8);

    private GraphFixture() {
    }

    /** The base URL of a stub listening on the given port, as the component's baseUrl option takes it. */
    static String baseUrl(int port) {
        return "http://" + HOST + ":" + port;
    }
}
