package io.github.camelinstagram;

import java.net.http.HttpClient;

import io.github.camelinstagram.publishing.PublishMediaType;
import io.github.camelinstagram.support.ByteSize;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of the {@code instagram:} producer. Set on the component, they apply to every endpoint; set on an endpoint,
 * they override the component's for that endpoint.
 */
@UriParams
public class InstagramConfiguration implements Cloneable {

    @UriPath(description = "The operation to perform.")
    @Metadata(required = true)
    private InstagramOperation operation;

    @UriParam(label = "security", secret = true,
              description = "Long-lived Instagram User access token (IGAA...). Sent as an Authorization: Bearer header,"
                            + " never in a URL, never logged.")
    private String accessToken;

    @UriParam(label = "security",
              description = "Instagram app ID (client_id) of Business Login: authorizationUrl, exchangeCode. Public:"
                            + " it appears in the authorization URL.")
    private String appId;

    @UriParam(label = "security", secret = true,
              description = "Instagram app secret: exchangeCode and exchangeToken send it to the token endpoints. Never"
                            + " logged.")
    private String appSecret;

    @UriParam(label = "security",
              description = "Redirect URI registered for Business Login; must match the app's configuration exactly.")
    private String redirectUri;

    @UriParam(label = "security",
              defaultValue = "instagram_business_basic,instagram_business_manage_messages,"
                             + "instagram_business_manage_comments,instagram_business_content_publish",
              description = "Comma-separated scopes that authorizationUrl asks for.")
    private String scopes = "instagram_business_basic,instagram_business_manage_messages,"
                            + "instagram_business_manage_comments,instagram_business_content_publish";

    @UriParam(label = "advanced", defaultValue = "https://api.instagram.com",
              description = "Host of the code exchange (/oauth/access_token); tests and the sandbox point it elsewhere.")
    private String oauthBaseUrl = "https://api.instagram.com";

    @UriParam(label = "advanced", defaultValue = "https://www.instagram.com",
              description = "Host of the authorization window (/oauth/authorize) that authorizationUrl points to.")
    private String authorizeBaseUrl = "https://www.instagram.com";

    @UriParam(description = "The professional account (IG_ID, the user_id of /me) to act as. When not set, it is"
                            + " resolved once per token from GET /me (its user_id field).")
    private String accountId;

    @UriParam(label = "advanced", defaultValue = "v25.0",
              description = "Graph API version put in front of every path. Free-form, so that a new version can be"
                            + " used without a new release.")
    private String apiVersion = "v25.0";

    @UriParam(label = "advanced", defaultValue = "https://graph.instagram.com",
              description = "Base URL of the Graph API; tests and the local sandbox point it elsewhere.")
    private String baseUrl = "https://graph.instagram.com";

    @UriParam(description = "Comma-separated Graph fields that replace the default field list of a get or list"
                            + " operation, e.g. id,caption,permalink.")
    private String fields;

    @UriParam(description = "Number of items a list operation asks for per page (the limit parameter); 0 leaves the"
                            + " API's default.",
              defaultValue = "0")
    private int pageSize;

    @UriParam(defaultValue = "comments,messages",
              description = "Comma-separated webhook fields that subscribeWebhooks subscribes the account to: comments,"
                            + " live_comments, messages, message_reactions, messaging_postbacks, messaging_referral,"
                            + " messaging_seen, messaging_optins, message_edit, story_insights.")
    private String subscribedFields = "comments,messages";

    @UriParam(label = "publishing", defaultValue = "IMAGE",
              description = "What publish and createContainer create when the header CamelInstagramMediaType does not"
                            + " say: IMAGE (a feed post), REELS, STORIES (an image or a video) or CAROUSEL (2 to 10"
                            + " items from CamelInstagramCarouselItems).")
    private PublishMediaType mediaType = PublishMediaType.IMAGE;

    @UriParam(label = "publishing",
              description = "Alternative text of a published image (feed images only; Instagram takes none for reels"
                            + " and stories), when the header CamelInstagramAltText does not give one.")
    private String altText;

    @UriParam(label = "publishing",
              description = "Id of the location (a Facebook Page with a location) to tag posts and reels with, when"
                            + " the header CamelInstagramLocationId does not give one.")
    private String locationId;

    @UriParam(label = "publishing",
              description = "Users to tag on published images, reels and stories, when the header CamelInstagramUserTags"
                            + " does not give them: a JSON array as the API takes it, of objects with a username and,"
                            + " for images only, the x and y position of the tag (0 to 1).")
    private String userTags;

    @UriParam(label = "publishing",
              description = "Comma-separated usernames to invite as collaborators of posts and reels, when the header"
                            + " CamelInstagramCollaborators does not give them.")
    private String collaborators;

    @UriParam(label = "publishing",
              description = "Public URL of the cover image of a reel, when the header CamelInstagramCoverUrl does not"
                            + " give one.")
    private String coverUrl;

    @UriParam(label = "publishing",
              description = "Position in milliseconds of the frame used as a reel's thumbnail when it has no cover,"
                            + " when the header CamelInstagramThumbOffset does not give one.")
    private Long thumbOffset;

    @UriParam(label = "publishing",
              description = "Whether a reel also appears in the feed (share_to_feed), when the header"
                            + " CamelInstagramShareToFeed does not say; not sent when unset, so the API's default"
                            + " (shown) applies.")
    private Boolean shareToFeed;

    @UriParam(label = "publishing", defaultValue = "5m", javaType = "java.time.Duration",
              description = "How long publish waits for its containers to finish processing, counted from the first"
                            + " container ready to be checked (after its upload, if any). When it runs out, publish"
                            + " fails with InstagramPublishTimeoutException and nothing is published.")
    private long publishTimeout = 300_000;

    @UriParam(label = "publishing", defaultValue = "1s", javaType = "java.time.Duration",
              description = "When publish first checks the status of a new container; later checks come a quarter of"
                            + " the time already waited apart (never sooner than this), so quick media are seen at once"
                            + " and slow videos are checked less and less often.")
    private long pollInitialDelay = 1_000;

    @UriParam(label = "publishing", defaultValue = "1m", javaType = "java.time.Duration",
              description = "The longest interval between two status checks of a container: the once-a-minute pace"
                            + " that Meta suggests for slow videos.")
    private long pollMaxInterval = 60_000;

    @UriParam(label = "publishing", defaultValue = "false",
              description = "Read content_publishing_limit before creating anything, and fail with"
                            + " InstagramPublishingLimitException when the account has used up its posts for the last 24"
                            + " hours. Off by default: it costs a call per publish, and the API refuses a publish over"
                            + " the limit anyway (with the same exception); turn it on to avoid creating containers"
                            + " that cannot be published.")
    private boolean checkPublishingLimit;

    @UriParam(label = "publishing,advanced", defaultValue = "https://rupload.facebook.com",
              description = "Host of the resumable upload of local video files: a local video body (a File, a Path or"
                            + " a byte array) is sent to uploadBaseUrl/ig-api-upload/apiVersion/container-id.")
    private String uploadBaseUrl = "https://rupload.facebook.com";

    @UriParam(label = "publishing,advanced", defaultValue = "10m", javaType = "java.time.Duration",
              description = "Time allowed for the upload of one local file, instead of requestTimeout.")
    private long uploadTimeout = 600_000;

    @UriParam(label = "ratelimit", defaultValue = "true",
              description = "Pace calls to the usage the API reports (wait while an account is blocked, space calls"
                            + " out once usage passes usageThreshold) and to the documented messaging limits of each"
                            + " account (component options sendRateLimit and the like).")
    private boolean rateLimiting = true;

    @UriParam(label = "ratelimit", defaultValue = "false",
              description = "Fail at once with InstagramThrottledException when a call would have to wait for its"
                            + " turn (messaging limits, usage pacing, a reported block), instead of waiting up to"
                            + " maxRetryWait.")
    private boolean rateLimitFailFast;

    @UriParam(label = "ratelimit", defaultValue = "90",
              description = "Usage percentage (of any limit reported in X-App-Usage or X-Business-Use-Case-Usage) from"
                            + " which calls for the account are slowed down.")
    private int usageThreshold = 90;

    @UriParam(label = "ratelimit", defaultValue = "1s", javaType = "java.time.Duration",
              description = "Interval between calls for an account at 100% usage; at usageThreshold the interval is a"
                            + " tenth of it, in between it grows linearly.")
    private long usageSlowdown = 1000;

    @UriParam(label = "ratelimit", defaultValue = "3",
              description = "How many times a throttled call, or a transient failure of an idempotent call, is retried."
                            + " Calls that may already have had their effect (creating a comment or a reply, deleting)"
                            + " are retried only after a throttling answer, which means the API did not carry them"
                            + " out. media_publish is repeated only after the container's status showed that it was not"
                            + " published. 0 disables retries.")
    private int maxRetries = 3;

    @UriParam(label = "ratelimit", defaultValue = "1s", javaType = "java.time.Duration",
              description = "Wait before the first retry; it doubles for each further retry, with jitter, and is never"
                            + " shorter than the estimated_time_to_regain_access the API reported.")
    private long retryDelay = 1000;

    @UriParam(label = "ratelimit", defaultValue = "1m", javaType = "java.time.Duration",
              description = "The longest a call may be held back by pacing or before a retry. A call that would have to"
                            + " wait longer fails at once with InstagramThrottledException.")
    private long maxRetryWait = 60_000;

    @UriParam(label = "advanced", defaultValue = "false",
              description = "Run the HTTP exchange on the caller's thread when nothing has to wait, instead of handing"
                            + " it to the component's HTTP threads. Saves a thread switch per call for routes whose"
                            + " thread waits anyway (a REST facade, a synchronous template); waits for rate limits and"
                            + " retries still never block a thread.")
    private boolean synchronous;

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "Time allowed to open a connection.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "Time allowed for a whole request, from sending to the last byte of the answer.")
    private long requestTimeout = 30_000;

    @UriParam(label = "advanced", defaultValue = "8MB",
              description = "The most bytes a successful answer may have: bytes, or a number with KB, MB or GB. A larger"
                            + " answer is not read further and fails the call. Error answers are read up to 64 KB, which"
                            + " holds any error the API sends.")
    private String maxResponseSize = "8MB";

    @UriParam(label = "proxy", description = "Host of an HTTP proxy through which the Instagram hosts are reached.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "Port of the HTTP proxy of proxyHost.")
    private Integer proxyPort;

    @UriParam(label = "security",
              description = "TLS settings (trust store, key store, protocols) of the connections to the Instagram hosts,"
                            + " as Camel's SSLContextParameters.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced",
              description = "A java.net.http.HttpClient of your own to send the calls with, e.g. one with a custom"
                            + " authenticator or executor. connectTimeout, proxyHost and sslContextParameters are then"
                            + " the client's own business and are not applied.")
    private HttpClient httpClient;

    public InstagramOperation getOperation() {
        return operation;
    }

    /** The operation to perform. */
    public void setOperation(InstagramOperation operation) {
        this.operation = operation;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /** Long-lived Instagram User access token. */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getAppId() {
        return appId;
    }

    /** Instagram app ID of Business Login. */
    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getAppSecret() {
        return appSecret;
    }

    /** Instagram app secret. */
    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    /** Redirect URI registered for Business Login. */
    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getScopes() {
        return scopes;
    }

    /** Scopes that authorizationUrl asks for. */
    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getOauthBaseUrl() {
        return oauthBaseUrl;
    }

    /** Host of the code exchange. */
    public void setOauthBaseUrl(String oauthBaseUrl) {
        this.oauthBaseUrl = oauthBaseUrl;
    }

    public String getAuthorizeBaseUrl() {
        return authorizeBaseUrl;
    }

    /** Host of the authorization window. */
    public void setAuthorizeBaseUrl(String authorizeBaseUrl) {
        this.authorizeBaseUrl = authorizeBaseUrl;
    }

    public String getAccountId() {
        return accountId;
    }

    /** The professional account (IG_ID) to act as. */
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /** Graph API version put in front of every path. */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** Base URL of the Graph API. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getFields() {
        return fields;
    }

    /** Graph fields that replace the default field list of get and list operations. */
    public void setFields(String fields) {
        this.fields = fields;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** Items a list operation asks for per page. */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getSubscribedFields() {
        return subscribedFields;
    }

    /** Webhook fields that subscribeWebhooks subscribes to. */
    public void setSubscribedFields(String subscribedFields) {
        this.subscribedFields = subscribedFields;
    }

    public PublishMediaType getMediaType() {
        return mediaType;
    }

    /** What publish and createContainer create when the header does not say. */
    public void setMediaType(PublishMediaType mediaType) {
        this.mediaType = mediaType;
    }

    public String getAltText() {
        return altText;
    }

    /** Alternative text of published images. */
    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String getLocationId() {
        return locationId;
    }

    /** Location to tag posts and reels with. */
    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public String getUserTags() {
        return userTags;
    }

    /** Users to tag, as a JSON array. */
    public void setUserTags(String userTags) {
        this.userTags = userTags;
    }

    public String getCollaborators() {
        return collaborators;
    }

    /** Comma-separated usernames to invite as collaborators. */
    public void setCollaborators(String collaborators) {
        this.collaborators = collaborators;
    }

    public String getCoverUrl() {
        return coverUrl;
    }

    /** Public URL of a reel's cover image. */
    public void setCoverUrl(String coverUrl) {
        this.coverUrl = coverUrl;
    }

    public Long getThumbOffset() {
        return thumbOffset;
    }

    /** Position in milliseconds of a reel's thumbnail frame. */
    public void setThumbOffset(Long thumbOffset) {
        this.thumbOffset = thumbOffset;
    }

    public Boolean getShareToFeed() {
        return shareToFeed;
    }

    /** Whether a reel also appears in the feed. */
    public void setShareToFeed(Boolean shareToFeed) {
        this.shareToFeed = shareToFeed;
    }

    public long getPublishTimeout() {
        return publishTimeout;
    }

    /** How long publish waits for its containers, in milliseconds. */
    public void setPublishTimeout(long publishTimeout) {
        this.publishTimeout = publishTimeout;
    }

    public long getPollInitialDelay() {
        return pollInitialDelay;
    }

    /** When a new container is first checked, in milliseconds. */
    public void setPollInitialDelay(long pollInitialDelay) {
        this.pollInitialDelay = pollInitialDelay;
    }

    public long getPollMaxInterval() {
        return pollMaxInterval;
    }

    /** Longest interval between two status checks, in milliseconds. */
    public void setPollMaxInterval(long pollMaxInterval) {
        this.pollMaxInterval = pollMaxInterval;
    }

    public boolean isCheckPublishingLimit() {
        return checkPublishingLimit;
    }

    /** Read content_publishing_limit before creating anything. */
    public void setCheckPublishingLimit(boolean checkPublishingLimit) {
        this.checkPublishingLimit = checkPublishingLimit;
    }

    public String getUploadBaseUrl() {
        return uploadBaseUrl;
    }

    /** Host of the resumable upload of local files. */
    public void setUploadBaseUrl(String uploadBaseUrl) {
        this.uploadBaseUrl = uploadBaseUrl;
    }

    public long getUploadTimeout() {
        return uploadTimeout;
    }

    /** Time allowed for the upload of one local file, in milliseconds. */
    public void setUploadTimeout(long uploadTimeout) {
        this.uploadTimeout = uploadTimeout;
    }

    public boolean isRateLimiting() {
        return rateLimiting;
    }

    /** Pace calls to the usage the API reports. */
    public void setRateLimiting(boolean rateLimiting) {
        this.rateLimiting = rateLimiting;
    }

    public boolean isRateLimitFailFast() {
        return rateLimitFailFast;
    }

    /** Fail at once instead of waiting for a rate-limit turn. */
    public void setRateLimitFailFast(boolean rateLimitFailFast) {
        this.rateLimitFailFast = rateLimitFailFast;
    }

    public int getUsageThreshold() {
        return usageThreshold;
    }

    /** Usage percentage from which calls are slowed down. */
    public void setUsageThreshold(int usageThreshold) {
        this.usageThreshold = usageThreshold;
    }

    public long getUsageSlowdown() {
        return usageSlowdown;
    }

    /** Interval between calls at 100% usage, in milliseconds. */
    public void setUsageSlowdown(long usageSlowdown) {
        this.usageSlowdown = usageSlowdown;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /** Retries of throttled calls and of transient failures of idempotent calls. */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    /** Wait before the first retry, in milliseconds. */
    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryWait() {
        return maxRetryWait;
    }

    /** Longest wait for pacing or a retry, in milliseconds. */
    public void setMaxRetryWait(long maxRetryWait) {
        this.maxRetryWait = maxRetryWait;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    /** Run the HTTP exchange on the caller's thread when nothing has to wait. */
    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** Connect timeout in milliseconds. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /** Whole-request timeout in milliseconds. */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getMaxResponseSize() {
        return maxResponseSize;
    }

    /** The most bytes a successful answer may have. */
    public void setMaxResponseSize(String maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    /** {@link #getMaxResponseSize()} in bytes. */
    public long maxResponseSizeBytes() {
        return ByteSize.parse(maxResponseSize, 8L * 1024 * 1024);
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /** Host of an HTTP proxy. */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /** Port of the HTTP proxy. */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings of the connections to the Instagram hosts. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    /** An HttpClient of your own to send the calls with. */
    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    /** Checks option values that would only fail later, naming the option. */
    public void validate() {
        requireAtLeast("usageThreshold", usageThreshold, 1);
        if (usageThreshold > 100) {
            throw new IllegalArgumentException("usageThreshold must be a percentage from 1 to 100, not " + usageThreshold);
        }
        requireAtLeast("maxRetries", maxRetries, 0);
        requireAtLeast("pageSize", pageSize, 0);
        requireAtLeast("usageSlowdown", usageSlowdown, 0);
        requireAtLeast("retryDelay", retryDelay, 1);
        requireAtLeast("maxRetryWait", maxRetryWait, 0);
        requireAtLeast("connectTimeout", connectTimeout, 1);
        requireAtLeast("requestTimeout", requestTimeout, 1);
        requireHttpUrl("baseUrl", baseUrl);
        requireHttpUrl("oauthBaseUrl", oauthBaseUrl);
        requireHttpUrl("authorizeBaseUrl", authorizeBaseUrl);
        requireHttpUrl("uploadBaseUrl", uploadBaseUrl);
        requireAtLeast("publishTimeout", publishTimeout, 1);
        requireAtLeast("pollInitialDelay", pollInitialDelay, 1);
        requireAtLeast("pollMaxInterval", pollMaxInterval, pollInitialDelay);
        requireAtLeast("uploadTimeout", uploadTimeout, 1);
        try {
            requireAtLeast("maxResponseSize", maxResponseSizeBytes(), 1024);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("maxResponseSize: " + e.getMessage(), e);
        }
        if (proxyHost != null && !proxyHost.isBlank()
            && (proxyPort == null || proxyPort < 1 || proxyPort > 65535)) {
            throw new IllegalArgumentException("proxyPort must be a port from 1 to 65535 when proxyHost is set, not "
                                               + proxyPort);
        }
        if (thumbOffset != null) {
            requireAtLeast("thumbOffset", thumbOffset, 0);
        }
    }

    private static void requireHttpUrl(String option, String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException(option + " must be an http or https URL, not '" + url + "'");
        }
    }

    private static void requireAtLeast(String option, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(option + " must be at least " + minimum + ", not " + value);
        }
    }

    public InstagramConfiguration copy() {
        try {
            return (InstagramConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "InstagramConfiguration{operation=" + operation + ", accountId=" + accountId + ", apiVersion="
               + apiVersion + ", baseUrl=" + baseUrl + ", accessToken=" + (accessToken == null ? "none" : "***")
               + ", appSecret=" + (appSecret == null ? "none" : "***") + "}";
    }
}
