package io.github.camelinstagram.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.camelinstagram.sandbox.support.Ordered;

/**
 * Cursor paging as the Graph API answers it: {@code {"data":[...],"paging":{"cursors":{"before","after"},
 * "next","previous"}}}, {@code next} only when there is a next page, {@code previous} only when there is a previous
 * one. Cursors are opaque (base64 of the item's id); {@code limit} defaults to 25.
 */
public final class Pager {

    /** Items per page when the call names no {@code limit}. */
    public static final int DEFAULT_LIMIT = 25;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Pager() {
    }

    /**
     * One page of a list answered by a call to an edge.
     *
     * @param items    every item, in the edge's order
     * @param idOf     the item's id
     * @param render   the item as answered
     * @param maxLimit the largest page the edge gives
     * @param edgePath path of the edge, e.g. {@code /123/comments}, for the links
     */
    public static <T> Map<String, Object> page(List<T> items, Function<T, String> idOf,
                                               Function<T, Map<String, Object>> render, GraphCall call, int maxLimit,
                                               String edgePath) {
        int limit = limit(call.param("limit"), maxLimit);
        String after = call.param("after");
        String before = call.param("before");
        int start = 0;
        int end = Math.min(items.size(), limit);
        if (after != null && !after.isBlank()) {
            start = position(items, idOf, after) + 1;
            end = Math.min(items.size(), start + limit);
        } else if (before != null && !before.isBlank()) {
            end = position(items, idOf, before);
            start = Math.max(0, end - limit);
        }
        List<T> slice = items.subList(start, end);
        Map<String, Object> page = new LinkedHashMap<>();
        List<Map<String, Object>> data = new ArrayList<>();
        slice.forEach(item -> data.add(render.apply(item)));
        page.put("data", data);
        if (!slice.isEmpty()) {
            Map<String, Object> paging = new LinkedHashMap<>();
            String first = cursor(idOf.apply(slice.get(0)));
            String last = cursor(idOf.apply(slice.get(slice.size() - 1)));
            paging.put("cursors", Ordered.map("before", first, "after", last));
            if (end < items.size()) {
                paging.put("next", call.pageLink(edgePath, "after", last));
            }
            if (start > 0) {
                paging.put("previous", call.pageLink(edgePath, "before", first));
            }
            page.put("paging", paging);
        }
        return page;
    }

    /** A nested edge inside a node's fields ({@code replies{...}}, {@code children{...}}): the first page only. */
    public static <T> Map<String, Object> nested(List<T> items, Function<T, String> idOf,
                                                 Function<T, Map<String, Object>> render,
                                                 FieldSelection.Field field, int maxLimit) {
        int limit = limit(field.modifiers().get("limit"), maxLimit);
        List<T> slice = items.subList(0, Math.min(items.size(), limit));
        Map<String, Object> page = new LinkedHashMap<>();
        List<Map<String, Object>> data = new ArrayList<>();
        slice.forEach(item -> data.add(render.apply(item)));
        page.put("data", data);
        if (!slice.isEmpty() && slice.size() < items.size()) {
            page.put("paging", Map.of("cursors", Ordered.map("before", cursor(idOf.apply(slice.get(0))),
                    "after", cursor(idOf.apply(slice.get(slice.size() - 1))))));
        }
        return page;
    }

    static String cursor(String id) {
        return ENCODER.encodeToString(("c:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> int position(List<T> items, Function<T, String> idOf, String cursor) {
        String id;
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            id = decoded.startsWith("c:") ? decoded.substring(2) : null;
        } catch (IllegalArgumentException notBase64) {
            id = null;
        }
        for (int i = 0; id != null && i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return i;
            }
        }
        throw GraphErrors.invalidParameter("Invalid cursor: " + cursor);
    }

    private static int limit(String value, int maxLimit) {
        if (value == null || value.isBlank()) {
            return Math.min(DEFAULT_LIMIT, maxLimit);
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1) {
                throw GraphErrors.invalidParameter("Param limit must be a positive number");
            }
            return Math.min(limit, maxLimit);
        } catch (NumberFormatException e) {
            throw GraphErrors.invalidParameter("Param limit must be a number");
        }
    }
}
