package io.github.camelinstagram.ratelimit;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Meta's usage headers. {@code X-App-Usage} carries percentages under {@code call_count}, {@code total_time},
 * {@code total_cputime} (or {@code call_volume}, {@code cpu_time} on graph.instagram.com): any numeric value counts.
 * {@code X-Business-Use-Case-Usage} maps account ids to lists of usages with the same percentages and
 * {@code estimated_time_to_regain_access} in minutes. Malformed headers are ignored: they never fail a call.
 */
public final class UsageHeaders {

    static final String APP_USAGE = "x-app-usage";
    static final String BUSINESS_USAGE = "x-business-use-case-usage";
    private static final String REGAIN = "estimated_time_to_regain_access";

    private final ObjectMapper mapper;
    private volatile Parsed last = new Parsed(null, null, UsageReport.NONE);

    public UsageHeaders(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public UsageReport read(HttpHeaders headers) {
        Optional<String> app = headers.firstValue(APP_USAGE);
        Optional<String> business = headers.firstValue(BUSINESS_USAGE);
        if (app.isEmpty() && business.isEmpty()) {
            return UsageReport.NONE;
        }
        Parsed previous = last;
        if (Objects.equals(previous.app, app.orElse(null)) && Objects.equals(previous.business, business.orElse(null))) {
            return previous.report;
        }
        UsageReport report = report(app, business);
        last = new Parsed(app.orElse(null), business.orElse(null), report);
        return report;
    }

    /** The last header values and what they said: consecutive answers usually repeat them. */
    private record Parsed(String app, String business, UsageReport report) {
    }

    private UsageReport report(Optional<String> app, Optional<String> business) {
        int[] highest = { -1 };
        long[] regainMinutes = { 0 };
        app.map(this::parse).ifPresent(node -> highest[0] = Math.max(highest[0], highestPercent(node)));
        business.map(this::parse).ifPresent(node -> node.forEach(usages -> usages.forEach(usage -> {
            highest[0] = Math.max(highest[0], highestPercent(usage));
            regainMinutes[0] = Math.max(regainMinutes[0], usage.path(REGAIN).asLong(0));
        })));
        if (highest[0] < 0 && regainMinutes[0] == 0) {
            return UsageReport.NONE;
        }
        return new UsageReport(highest[0], Duration.ofMinutes(regainMinutes[0]));
    }

    private JsonNode parse(String value) {
        try {
            JsonNode node = mapper.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (Exception malformed) {
            return null;
        }
    }

    private static int highestPercent(JsonNode usage) {
        int highest = -1;
        if (usage == null || !usage.isObject()) {
            return highest;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = usage.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNumber() && !REGAIN.equals(field.getKey())) {
                highest = Math.max(highest, (int) Math.min(Integer.MAX_VALUE, field.getValue().asLong()));
            }
        }
        return highest;
    }
}
