package io.github.camelinstagram.sandbox.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps that keep their keys in the order written, so answers read like Meta's. */
public final class Ordered {

    private Ordered() {
    }

    /** {@code map("id", 1, "name", "x")}: keys and values alternating; null values are left out. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
