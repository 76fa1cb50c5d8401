package io.github.camelinstagram.webhook.event;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a conversation came from: an ig.me link, an ad, ...
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Referral {

    /** The ref parameter of the link. */
    @JsonProperty("ref")
    private String ref;
    /** Source, e.g. ADS or SHORTLINK. */
    @JsonProperty("source")
    private String source;
    /** Type, e.g. OPEN_THREAD. */
    @JsonProperty("type")
    private String type;
    /** Id of the ad. */
    @JsonProperty("ad_id")
    private String adId;
    /** Details of the ad, as Meta sends them. */
    @JsonProperty("ads_context_data")
    private Map<String, Object> adsContextData;

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAdId() {
        return adId;
    }

    public void setAdId(String adId) {
        this.adId = adId;
    }

    public Map<String, Object> getAdsContextData() {
        return adsContextData;
    }

    public void setAdsContextData(Map<String, Object> adsContextData) {
        this.adsContextData = adsContextData;
    }

    @Override
    public String toString() {
        return "Referral{ref=" + ref + ", source=" + source + ", type=" + type + ", adId=" + adId + "}";
    }
}
