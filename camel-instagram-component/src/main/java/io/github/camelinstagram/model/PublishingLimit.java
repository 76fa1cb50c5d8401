package io.github.camelinstagram.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many posts the account has published in the current window and how many it may publish, as
 * {@code GET /{account}/content_publishing_limit?fields=quota_usage,config} returns it (the first item of its
 * {@code data}). A carousel counts as one post.
 */
public class PublishingLimit {

    /** Posts published in the current window. */
    @JsonProperty("quota_usage")
    private Integer quotaUsage;
    /** The quota: how many posts, over how long. */
    @JsonProperty("config")
    private Config config;

    public Integer getQuotaUsage() {
        return quotaUsage;
    }

    public void setQuotaUsage(Integer quotaUsage) {
        this.quotaUsage = quotaUsage;
    }

    public Config getConfig() {
        return config;
    }

    public void setConfig(Config config) {
        this.config = config;
    }

    /** Posts the account may publish per window, or null when the answer did not say. */
    @JsonIgnore
    public Integer getQuotaTotal() {
        return config == null ? null : config.getQuotaTotal();
    }

    /**
     * Posts the account may still publish in the current window, or -1 when the answer did not give both the usage
     * and the total.
     */
    @JsonIgnore
    public int getRemaining() {
        Integer total = getQuotaTotal();
        return total == null || quotaUsage == null ? -1 : Math.max(0, total - quotaUsage);
    }

    /** Whether the answer says that the quota is used up. */
    @JsonIgnore
    public boolean isReached() {
        return getRemaining() == 0;
    }

    @Override
    public String toString() {
        return "PublishingLimit{" + "quotaUsage=" + quotaUsage + ", config=" + config + "}";
    }

    /** The quota of {@link PublishingLimit}. */
    public static class Config {

        /** Posts allowed per window (the documentation has said both 50 and 100: read the live value). */
        @JsonProperty("quota_total")
        private Integer quotaTotal;
        /** Length of the window in seconds (86400). */
        @JsonProperty("quota_duration")
        private Long quotaDuration;

        public Integer getQuotaTotal() {
            return quotaTotal;
        }

        public void setQuotaTotal(Integer quotaTotal) {
            this.quotaTotal = quotaTotal;
        }

        public Long getQuotaDuration() {
            return quotaDuration;
        }

        public void setQuotaDuration(Long quotaDuration) {
            this.quotaDuration = quotaDuration;
        }

        @Override
        public String toString() {
            return "Config{" + "quotaTotal=" + quotaTotal + ", quotaDuration=" + quotaDuration + "}";
        }
    }
}
