package io.github.camelinstagram.ratelimit;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelinstagram.api.GraphJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class UsageHeadersTest {

    private final UsageHeaders usage = new UsageHeaders(GraphJson.mapper());

    private UsageReport read(Map<String, String> values) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        values.forEach((k, v) -> multi.put(k, List.of(v)));
        return usage.read(HttpHeaders.of(multi, (k, v) -> true));
    }

    @Test
    void noHeadersNoReport() {
        assertFalse(read(Map.of()).reported());
    }

    @Test
    void businessUsageWithSeveralAccountsAndRegainTime() {
        UsageReport report = read(Map.of("X-Business-Use-Case-Usage",
                "{\"1\":[{\"type\":\"instagram\",\"call_count\":10,\"total_time\":70,"
                + "\"estimated_time_to_regain_access\":0}],"
                + "\"2\":[{\"type\":\"instagram\",\"call_count\":100,\"estimated_time_to_regain_access\":7}]}"));

        assertEquals(100, report.percent());
        assertEquals(Duration.ofMinutes(7), report.regainAfter());
    }

    @Test
    void hugeOrNonNumericValuesDoNotBreakParsing() {
        assertEquals(Integer.MAX_VALUE, read(Map.of("X-App-Usage", "{\"call_count\":99999999999999}")).percent());
        assertEquals(3, read(Map.of("X-App-Usage", "{\"call_count\":\"high\",\"cpu_time\":3}")).percent());
        assertFalse(read(Map.of("X-App-Usage", "{}")).reported());
    }
}
